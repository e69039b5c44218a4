using Dotkube.Grpc;
using Dotkube.Kubelet.Network;
using NodeObject = Dotkube.Api.Core.V1.Node;

namespace Dotkube.Kubelet.Node;

public sealed partial class NodeAgent
{
    private string _runtimeVersion = NodeTemplate.RuntimeVersion("containerd", null);
    private string? _podCidr;

    /// <summary>Upstream's updateRuntimeUp: CRI Status into <see cref="RuntimeState"/>, and the runtime's version once known.</summary>
    private async Task CheckRuntimeAsync(CancellationToken ct)
    {
        if (_runtime is null)
        {
            RuntimeState.Fail("container runtime is not running: see the agent's log for why it did not start");
            return;
        }

        try
        {
            if (_runtimeVersion.EndsWith("://Unknown", StringComparison.Ordinal))
            {
                var version = await _runtime.VersionAsync(ct);
                _runtimeVersion = NodeTemplate.RuntimeVersion(version.RuntimeName, version.RuntimeVersion);
            }

            var status = await _runtime.StatusAsync(cancellationToken: ct);
            RuntimeState.Observe(status.Status);
        }
        catch (RpcException e)
        {
            // As upstream: a failed check is only logged; the runtime turns "down" once the last good one is too old.
            LogRuntimeCheckFailed(_logger, e.Message);
        }
    }

    /// <summary>Writes the pod network's conflist for the node's podCIDR and passes the CIDR to the runtime, once per CIDR.</summary>
    private async Task ConfigureNetworkAsync(NodeObject node, CancellationToken ct)
    {
        var cidr = node.Spec.PodCIDR;
        if (string.IsNullOrEmpty(cidr) || cidr == _podCidr)
        {
            return;
        }

        if (PodNetwork is { } paths)
        {
            var file = CniConfig.Write(paths.ConfDir, cidr, paths.IpamDataDir);
            LogNetworkConfigured(_logger, cidr, file);
        }

        if (_runtime is not null)
        {
            try
            {
                await _runtime.UpdateRuntimeConfigAsync(cidr, ct);
            }
            catch (RpcException e)
            {
                LogRuntimeCheckFailed(_logger, e.Message);
            }
        }

        _podCidr = cidr;
    }
}
