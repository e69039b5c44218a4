using Dotkube.Api.Meta;

namespace Dotkube.Api.Core.V1;

/// <summary>A template from which a controller, such as a Deployment or Job, creates pods: their metadata and spec.</summary>
/// <remarks>core/v1 PodTemplateSpec: metadata and spec of the pods a controller creates; both always written.</remarks>
public sealed class PodTemplateSpec
{
    /// <summary>Metadata, such as labels and annotations, given to each pod created from the template.</summary>
    public ObjectMeta Metadata { get; set => field = value ?? new(); } = new();

    /// <summary>The spec of each pod created from the template.</summary>
    public PodSpec Spec { get; set => field = value ?? new(); } = new();
}
