using Dotkube.Api.Coordination.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printLease: NAME HOLDER AGE.</summary>
internal static class Leases
{
    public static TablePrinter Printer { get; } = TablePrinter.For<Lease>(
        [Column.Name(), Column.String("Holder", SwaggerDocs.LeaseSpecHolderIdentity), Column.Age()],
        (lease, row) => row
            .Add(lease.Metadata.Name)
            .Add(lease.Spec.HolderIdentity)
            .Age(lease.Metadata.CreationTimestamp));
}
