namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeConfigStatus, deprecated with dynamic kubelet config.</summary>
public sealed class NodeConfigStatus
{
    public NodeConfigSource? Assigned { get; set; }

    public NodeConfigSource? Active { get; set; }

    public NodeConfigSource? LastKnownGood { get; set; }

    public string? Error { get; set; }
}
