using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodTemplate: a stored pod template.</summary>
[KubeKind("", "v1", "podtemplates")]
public sealed class PodTemplate : KubeObject
{
    public PodTemplateSpec Template { get; set => field = value ?? new(); } = new();
}
