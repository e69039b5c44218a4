namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeConfigSource, deprecated since v1.22 with dynamic kubelet config.</summary>
public sealed class NodeConfigSource
{
    public ConfigMapNodeConfigSource? ConfigMap { get; set; }
}
