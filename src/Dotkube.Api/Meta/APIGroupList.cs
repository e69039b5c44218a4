using Dotkube.Api.Schema;
namespace Dotkube.Api.Meta;

/// <summary>Discovery: <c>/apis</c>.</summary>
[KubeType("", "v1")]
public sealed class APIGroupList : TypeMeta
{
    public List<APIGroup> Groups { get; set => field = value ?? []; } = [];
}
