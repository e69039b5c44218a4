using Dotkube.Api.Schema;
namespace Dotkube.Api.Meta;

/// <summary>Discovery: one API group with its versions.</summary>
[KubeType("", "v1")]
public sealed class APIGroup : TypeMeta
{
    public string Name { get; set; } = "";

    public List<GroupVersionForDiscovery> Versions { get; set => field = value ?? []; } = [];

    public GroupVersionForDiscovery? PreferredVersion { get; set; }

    public List<ServerAddressByClientCIDR>? ServerAddressByClientCIDRs { get; set; }
}
