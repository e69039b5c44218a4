using System.Diagnostics.CodeAnalysis;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// Every discovery document the server answers, built once from the kinds it serves:
/// <c>/api</c> (APIVersions), <c>/apis</c> (APIGroupList), <c>/apis/{group}</c> (APIGroup),
/// <c>/api/v1</c> and <c>/apis/{group}/{version}</c> (APIResourceList), and the aggregated
/// apidiscovery documents for <c>/api</c> and <c>/apis</c>. Immutable after construction;
/// the returned objects are shared, so callers must not change them. Build a new instance
/// when the set of kinds changes (a CRD is established): the aggregated ETag then changes too.
/// </summary>
public sealed partial class DiscoveryDocuments
{
    private readonly Dictionary<string, APIGroup> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Group, string Version), APIResourceList> _resourceLists = [];
    private readonly Dictionary<string, byte[]> _json = new(StringComparer.Ordinal);
    private readonly Dictionary<(DiscoveryRoot, AggregatedDiscoveryVersion), AggregatedDocument> _aggregated = [];

    /// <param name="resources">The kinds served; several versions of one group are allowed.</param>
    /// <param name="serverAddress">
    /// host:port clients should use, as kube-apiserver's advertise address and secure port;
    /// written into <c>/api</c>'s serverAddressByClientCIDRs for 0.0.0.0/0.
    /// </param>
    public DiscoveryDocuments(IEnumerable<ResourceInfo> resources, string serverAddress)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentException.ThrowIfNullOrEmpty(serverAddress);

        var byGroup = resources.GroupBy(r => r.Group).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        ApiVersions = new APIVersions
        {
            // Upstream writes kind but no apiVersion for /api and /api/v1.
            Kind = nameof(APIVersions),
            Versions = byGroup.TryGetValue("", out var core)
                ? [.. GroupPriorities.OrderVersions("", core.Select(r => r.Version).Distinct())]
                : ["v1"],
            ServerAddressByClientCIDRs = [new ServerAddressByClientCIDR { ClientCIDR = "0.0.0.0/0", ServerAddress = serverAddress }],
        };

        var aggregatedApi = new List<APIGroupDiscovery>();
        var aggregatedApis = new List<APIGroupDiscovery>();
        ApiGroups = new APIGroupList { Kind = nameof(APIGroupList), ApiVersion = "v1" };
        foreach (var group in GroupPriorities.OrderGroups(byGroup.Keys))
        {
            var versions = BuildGroup(group, byGroup[group]);
            var aggregated = new APIGroupDiscovery { Metadata = new ObjectMeta { Name = group.Length == 0 ? null : group }, Versions = versions };
            (group.Length == 0 ? aggregatedApi : aggregatedApis).Add(aggregated);
        }

        AggregatedApi = new APIGroupDiscoveryList { Items = aggregatedApi };
        AggregatedApis = new APIGroupDiscoveryList { Items = aggregatedApis };
        SerializeAll();
    }

    /// <summary>The kinds of <see cref="Scheme.Default"/>.</summary>
    public static DiscoveryDocuments FromScheme(string serverAddress) => new(Scheme.Default.All, serverAddress);

    /// <summary><c>GET /api</c>.</summary>
    public APIVersions ApiVersions { get; }

    /// <summary><c>GET /apis</c>: every group but core, in kube-apiserver's order.</summary>
    public APIGroupList ApiGroups { get; }

    /// <summary>The aggregated document for <c>/api</c>, without apiVersion and kind (they depend on the version asked for).</summary>
    public APIGroupDiscoveryList AggregatedApi { get; }

    /// <summary>The aggregated document for <c>/apis</c>, without apiVersion and kind.</summary>
    public APIGroupDiscoveryList AggregatedApis { get; }

    /// <summary><c>GET /apis/{group}</c>; null (404) for an unknown group and for core.</summary>
    public APIGroup? FindGroup(string group) => _groups.GetValueOrDefault(group);

    /// <summary><c>GET /api/{version}</c> (group "") or <c>GET /apis/{group}/{version}</c>; null (404) when not served.</summary>
    public APIResourceList? FindResourceList(string group, string version) =>
        _resourceLists.GetValueOrDefault((group, version));

    /// <summary>The aggregated document for one endpoint in one apidiscovery version, with its ETag.</summary>
    public AggregatedDocument GetAggregated(DiscoveryRoot root, AggregatedDiscoveryVersion version) => _aggregated[(root, version)];

    /// <summary>
    /// The legacy document at <paramref name="path"/> (<c>/api</c>, <c>/apis</c>, <c>/api/v1</c>,
    /// <c>/apis/apps</c>, <c>/apis/apps/v1</c>), serialized once as upstream writes it.
    /// </summary>
    public bool TryGetJson(string path, [NotNullWhen(true)] out byte[]? json) =>
        _json.TryGetValue(path.Length > 1 ? path.TrimEnd('/') : path, out json);

    private List<APIVersionDiscovery> BuildGroup(string group, List<ResourceInfo> resources)
    {
        var versions = GroupPriorities.OrderVersions(group, resources.Select(r => r.Version).Distinct()).ToList();
        var aggregated = new List<APIVersionDiscovery>();
        var forDiscovery = new List<GroupVersionForDiscovery>();
        foreach (var version in versions)
        {
            var groupVersion = group.Length == 0 ? version : $"{group}/{version}";
            var entries = ResourceEntries.Build(resources.Where(r => r.Version == version));
            _resourceLists[(group, version)] = new APIResourceList
            {
                Kind = nameof(APIResourceList),
                // As upstream, the core list carries no apiVersion; group lists say "v1".
                ApiVersion = group.Length == 0 ? null : "v1",
                GroupVersion = groupVersion,
                Resources = entries,
            };
            aggregated.Add(new APIVersionDiscovery
            {
                Version = version,
                Resources = AggregatedEntries.Build(entries),
                Freshness = APIVersionDiscovery.FreshnessCurrent,
            });
            forDiscovery.Add(new GroupVersionForDiscovery { GroupVersion = groupVersion, Version = version });
        }

        if (group.Length > 0)
        {
            ApiGroups.Groups.Add(new APIGroup { Name = group, Versions = forDiscovery, PreferredVersion = forDiscovery[0] });
            _groups[group] = new APIGroup
            {
                Kind = nameof(APIGroup),
                ApiVersion = "v1",
                Name = group,
                Versions = forDiscovery,
                PreferredVersion = forDiscovery[0],
            };
        }

        return aggregated;
    }
}
