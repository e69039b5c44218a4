using Dotkube.Api.Schema;
namespace Dotkube.Api.Meta;

/// <summary>Discovery: <c>/api</c> lists the legacy group's versions ("v1").</summary>
[KubeType("", "v1")]
public sealed class APIVersions : TypeMeta
{
    public List<string> Versions { get; set => field = value ?? []; } = [];

    public List<ServerAddressByClientCIDR> ServerAddressByClientCIDRs { get; set => field = value ?? []; } = [];
}
