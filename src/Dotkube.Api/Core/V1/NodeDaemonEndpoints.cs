namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeDaemonEndpoints: ports opened by daemons on the node.</summary>
public sealed class NodeDaemonEndpoints
{
    /// <summary>A non-pointer struct upstream, so always written.</summary>
    public DaemonEndpoint KubeletEndpoint { get; set => field = value ?? new(); } = new();
}
