using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printNamespace: NAME STATUS AGE.</summary>
internal static class Namespaces
{
    public static TablePrinter Printer { get; } = TablePrinter.For<Namespace>(
        [Column.Name(), Column.String("Status", "The status of the namespace"), Column.Age()],
        (ns, row) => row.Add(ns.Metadata.Name).Add(ns.Status.Phase).Age(ns.Metadata.CreationTimestamp));
}
