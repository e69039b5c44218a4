using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printEndpoints: NAME ENDPOINTS AGE.</summary>
internal static class Endpoints
{
    private const int Shown = 3;

    public static TablePrinter Printer { get; } = TablePrinter.For<Api.Core.V1.Endpoints>(
        [Column.Name(), Column.String("Endpoints", SwaggerDocs.EndpointsSubsets), Column.Age()],
        (endpoints, row) => row
            .Add(endpoints.Metadata.Name)
            .Add(Addresses(endpoints.Subsets))
            .Age(endpoints.Metadata.CreationTimestamp));

    /// <summary>
    /// formatEndpoints: the first three ready "ip:port" pairs (bare IPs for a subset without
    /// ports), then "+ N more..." counting every pair; "&lt;none&gt;" without subsets.
    /// </summary>
    internal static string Addresses(IReadOnlyList<EndpointSubset>? subsets)
    {
        if (subsets is null || subsets.Count == 0)
        {
            return Format.None;
        }

        var shown = new List<string>(Shown);
        var more = false;
        var count = 0;
        foreach (var subset in subsets)
        {
            var addresses = subset.Addresses ?? [];
            if (subset.Ports is not { Count: > 0 } ports)
            {
                // Headless services may have no ports.
                count += addresses.Count;
                Take(addresses, address => address.IP);
                continue;
            }

            foreach (var port in ports)
            {
                count += addresses.Count;
                Take(addresses, address => Format.HostPort(address.IP, port.Port));
            }
        }

        var text = string.Join(",", shown);
        return more ? text + " + " + Format.Int(count - Shown) + " more..." : text;

        void Take(List<EndpointAddress> addresses, Func<EndpointAddress, string> describe)
        {
            foreach (var address in addresses)
            {
                if (shown.Count == Shown)
                {
                    more = true;
                    break;
                }

                shown.Add(describe(address));
            }
        }
    }
}
