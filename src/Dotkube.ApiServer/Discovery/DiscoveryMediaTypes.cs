using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// Content negotiation for discovery: whether an Accept header asks for the aggregated document
/// (<c>application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList</c>) or the legacy one.
/// kubectl 1.32 sends the v2 type, the v2beta1 type and plain application/json, in that order;
/// newer clients put a <c>profile=nopeer</c> variant first, whose extra parameter upstream ignores.
/// </summary>
public static class DiscoveryMediaTypes
{
    public const string Group = "apidiscovery.k8s.io";

    public const string ListKind = "APIGroupDiscoveryList";

    public const string V2ContentType = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

    public const string V2Beta1ContentType = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList";

    /// <summary>The Accept header kubectl and client-go 1.32 send to /api and /apis.</summary>
    public const string KubectlAccept = V2ContentType + "," + V2Beta1ContentType + ",application/json";

    public static string ApiVersion(AggregatedDiscoveryVersion version) =>
        version == AggregatedDiscoveryVersion.V2 ? Group + "/v2" : Group + "/v2beta1";

    public static string ContentType(AggregatedDiscoveryVersion version) =>
        version == AggregatedDiscoveryVersion.V2 ? V2ContentType : V2Beta1ContentType;

    /// <summary>
    /// As upstream's NegotiateMediaTypeOptions with the discovery restrictions: clauses by
    /// descending q (stable, so header order breaks ties), the first JSON clause that discovery
    /// can serve wins. A clause converting to anything but APIGroupDiscoveryList (as=Table) is
    /// skipped, a plain JSON clause means the legacy document. Non-JSON types are skipped
    /// because dotkube serves discovery as JSON only. Returns false for the legacy document.
    /// </summary>
    public static bool TryNegotiateAggregated(string? accept, [NotNullWhen(true)] out AggregatedDiscoveryVersion? version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(accept))
        {
            return false;
        }

        var clauses = accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Parse)
            .Where(c => c.Quality > 0)
            .OrderByDescending(c => c.Quality)
            .ThenBy(c => c.Wildcards);
        foreach (var clause in clauses)
        {
            if (!clause.IsJson)
            {
                continue;
            }

            if (clause.G is null && clause.V is null && clause.As is null)
            {
                return false;
            }

            if (clause.G == Group && clause.As == ListKind && clause.V is "v2" or "v2beta1")
            {
                version = clause.V == "v2" ? AggregatedDiscoveryVersion.V2 : AggregatedDiscoveryVersion.V2Beta1;
                return true;
            }
        }

        return false;
    }

    private static AcceptClause Parse(string text)
    {
        var parts = text.Split(';', StringSplitOptions.TrimEntries);
        var mediaType = parts[0].ToLowerInvariant();
        var clause = new AcceptClause { MediaType = mediaType };
        foreach (var parameter in parts.Skip(1))
        {
            var eq = parameter.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            var name = parameter[..eq].Trim().ToLowerInvariant();
            var value = parameter[(eq + 1)..].Trim().Trim('"');
            switch (name)
            {
                case "q":
                    clause.Quality = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var q) ? q : 0;
                    break;
                case "g":
                    clause.G = value;
                    break;
                case "v":
                    clause.V = value;
                    break;
                case "as":
                    clause.As = value;
                    break;
            }
        }

        return clause;
    }

    private sealed class AcceptClause
    {
        public string MediaType { get; init; } = "";

        public double Quality { get; set; } = 1;

        public string? G { get; set; }

        public string? V { get; set; }

        public string? As { get; set; }

        public bool IsJson => MediaType is "application/json" or "application/*" or "*/*";

        /// <summary>goautoneg orders equal-q clauses by specificity: "*/*" after "application/*" after a full type.</summary>
        public int Wildcards => MediaType == "*/*" ? 2 : MediaType.EndsWith("/*", StringComparison.Ordinal) ? 1 : 0;
    }
}
