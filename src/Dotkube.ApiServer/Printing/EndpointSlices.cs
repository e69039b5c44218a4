using Dotkube.Api.Discovery.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printEndpointSlice: NAME ADDRESSTYPE PORTS ENDPOINTS AGE.</summary>
internal static class EndpointSlices
{
    private const int Shown = 3;

    public static TablePrinter Printer { get; } = TablePrinter.For<EndpointSlice>(
        [
            Column.Name(),
            Column.String("AddressType", SwaggerDocs.EndpointSliceAddressType),
            Column.String("Ports", SwaggerDocs.EndpointSlicePorts),
            Column.String("Endpoints", SwaggerDocs.EndpointSliceEndpoints),
            Column.Age(),
        ],
        (slice, row) => row
            .Add(slice.Metadata.Name)
            .Add(slice.AddressType)
            .Add(FirstThree(slice.Ports.Select(p => p.Port is { } port ? Format.Int(port) : p.Name ?? "*")))
            .Add(FirstThree(slice.Endpoints.SelectMany(e => e.Addresses)))
            .Age(slice.Metadata.CreationTimestamp));

    /// <summary>formatDiscoveryPorts / formatDiscoveryEndpoints: three entries, then "+ N more...", or "&lt;unset&gt;".</summary>
    internal static string FirstThree(IEnumerable<string> entries)
    {
        var shown = new List<string>(Shown);
        var count = 0;
        foreach (var entry in entries)
        {
            if (shown.Count < Shown)
            {
                shown.Add(entry);
            }

            count++;
        }

        return Format.ListWithMore(shown, count > Shown, count, Shown);
    }
}
