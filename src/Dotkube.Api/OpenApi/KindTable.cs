using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.OpenApi;

/// <summary>
/// The x-kubernetes-group-version-kind of each definition that is a kind: every Scheme kind and
/// its list, the subresource bodies that carry no <see cref="KubeKindAttribute"/>, and the
/// meta.k8s.io types upstream registers in every group version.
/// </summary>
internal sealed class KindTable
{
    private readonly Dictionary<Type, GroupVersionKind[]> _gvks = [];

    public KindTable(Scheme scheme)
    {
        foreach (var resource in scheme.All)
        {
            _gvks[resource.ClrType] = [resource.Gvk];
            _gvks[resource.ListClrType] = [resource.Gvk with { Kind = resource.ListKind }];
        }

        GroupVersions = scheme.All.Select(r => (r.Group, r.Version)).Distinct()
            .OrderBy(gv => gv.Group, StringComparer.Ordinal).ThenBy(gv => gv.Version, StringComparer.Ordinal)
            .ToArray();

        Add<Autoscaling.V1.Scale>("autoscaling", "v1");
        Add<Policy.V1.Eviction>("policy", "v1");
        Add<Authentication.V1.TokenRequest>("authentication.k8s.io", "v1");
        Add<Status>("", "v1");
        Add<APIResourceList>("", "v1");
        Add<APIGroup>("", "v1");
        Add<APIGroupList>("", "v1");
        Add<APIVersions>("", "v1");
        Add<Table>("meta.k8s.io", "v1");
        Add<PartialObjectMetadata>("meta.k8s.io", "v1");
        _gvks[typeof(KubeList<PartialObjectMetadata>)] = [new("meta.k8s.io", "v1", "PartialObjectMetadataList")];

        // Upstream registers these in every served group version, so each lists them all.
        _gvks[typeof(DeleteOptions)] = GroupVersions.Select(gv => new GroupVersionKind(gv.Group, gv.Version, "DeleteOptions")).ToArray();
        _gvks[typeof(WatchEvent)] = GroupVersions.Select(gv => new GroupVersionKind(gv.Group, gv.Version, "WatchEvent")).ToArray();
    }

    /// <summary>Every served group/version, ordered by group then version ("" first).</summary>
    public IReadOnlyList<(string Group, string Version)> GroupVersions { get; }

    public IReadOnlyList<GroupVersionKind> For(Type type) => _gvks.GetValueOrDefault(type) ?? [];

    private void Add<T>(string group, string version) => _gvks[typeof(T)] = [new(group, version, typeof(T).Name)];
}
