using Dotkube.Api.Meta;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodTemplateSpec: metadata and spec of the pods a controller creates; both always written.</summary>
public sealed class PodTemplateSpec
{
    public ObjectMeta Metadata { get; set => field = value ?? new(); } = new();

    public PodSpec Spec { get; set => field = value ?? new(); } = new();
}
