using System.Globalization;
using Dotkube.Api.Meta;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// apiserver's defaultTableConvertor (registry/rest/table.go), used for every resource without
/// a print handler (roles, CRDs, limit ranges, ...): the name and the creation time as RFC 3339.
/// </summary>
internal static class DefaultTable
{
    public static TablePrinter Printer { get; } = TablePrinter.For<KubeObject>(
        [
            Column.Name(),
            new TableColumnDefinition { Name = "Created At", Type = "date", Description = SwaggerDocs.CreationTimestamp },
        ],
        (obj, row) => row
            .Add(obj.Metadata.Name)

            // Go formats the zero time too: "0001-01-01T00:00:00Z".
            .Add(obj.Metadata.CreationTimestamp.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture)));
}
