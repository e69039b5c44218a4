using System.Text.Json;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// Server-side printing: turns objects into the meta.k8s.io/v1 Table a client asks for with
/// <c>Accept: application/json;as=Table;v=v1;g=meta.k8s.io</c>. kubectl prints exactly these
/// columns and cells, so each kind's columns and cell text copy upstream's print handlers
/// (pkg/printers/internalversion); kinds without one get upstream's default table (Name,
/// Created At). Stateless and thread-safe.
/// </summary>
/// <remarks>
/// The caller owns the table's list metadata: pass the list's resourceVersion and continue
/// token as <c>listMeta</c> (upstream copies them from the list; for a single object, its
/// resourceVersion). Columns and cells follow upstream's server, which always prints the wide
/// form: every row has a cell for every column, and kubectl hides priority-1 columns itself.
/// With <see cref="IncludeObjectPolicy.Object"/> each object gets its apiVersion and kind set.
/// </remarks>
public sealed class TableConvertor
{
    public static TableConvertor Default { get; } = new();

    /// <summary>
    /// Prints <paramref name="objects"/> (a list's items, or the one object of a get) as a
    /// table. Ages are measured against <paramref name="now"/>.
    /// </summary>
    /// <param name="resource">The resource the request named; selects the printer by group and resource.</param>
    /// <param name="listMeta">Copied into the table's metadata when given.</param>
    public Table Convert(
        IReadOnlyList<KubeObject> objects,
        ResourceInfo resource,
        TableOptions options,
        DateTimeOffset now,
        ListMeta? listMeta = null)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(options);

        var printer = Printers.Find(resource.Group, resource.Plural);
        var table = new Table
        {
            ApiVersion = "meta.k8s.io/v1",
            Kind = "Table",
            Metadata = listMeta ?? new ListMeta(),
        };

        if (!options.NoHeaders)
        {
            // Copies, so a caller editing the table cannot change the shared definitions.
            table.ColumnDefinitions = [.. printer.Columns.Select(Copy)];
        }

        foreach (var obj in objects)
        {
            var row = printer.Print(obj, now);
            row.Object = RowObject(obj, options.IncludeObject);
            table.Rows.Add(row);
        }

        return table;
    }

    /// <summary>The column definitions the table for <paramref name="resource"/> has.</summary>
    public IReadOnlyList<TableColumnDefinition> Columns(ResourceInfo resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return [.. Printers.Find(resource.Group, resource.Plural).Columns.Select(Copy)];
    }

    private static JsonElement? RowObject(KubeObject obj, IncludeObjectPolicy policy)
    {
        switch (policy)
        {
            case IncludeObjectPolicy.None:
                return null;
            case IncludeObjectPolicy.Object:
                // Sets apiVersion and kind on the object, as the encoder would when writing it.
                Scheme.Default.SetTypeMeta(obj);
                return JsonSerializer.SerializeToElement(obj, KubeJson.TypeInfo(obj.GetType()));
            default:
                // meta.AsPartialObjectMetadata: the whole ObjectMeta, managedFields included.
                var partial = new PartialObjectMetadata
                {
                    ApiVersion = "meta.k8s.io/v1",
                    Kind = nameof(PartialObjectMetadata),
                    Metadata = obj.Metadata,
                };
                return JsonSerializer.SerializeToElement(partial, KubeJson.TypeInfo<PartialObjectMetadata>());
        }
    }

    private static TableColumnDefinition Copy(TableColumnDefinition column) => new()
    {
        Name = column.Name,
        Type = column.Type,
        Format = column.Format,
        Description = column.Description,
        Priority = column.Priority,
    };
}
