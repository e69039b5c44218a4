using Dotkube.Api.Schema;
namespace Dotkube.Api.Meta;

/// <summary>Discovery: the resources of one group/version (<c>/api/v1</c>, <c>/apis/apps/v1</c>).</summary>
[KubeType("", "v1")]
public sealed class APIResourceList : TypeMeta
{
    public string GroupVersion { get; set; } = "";

    public List<APIResource> Resources { get; set => field = value ?? []; } = [];
}
