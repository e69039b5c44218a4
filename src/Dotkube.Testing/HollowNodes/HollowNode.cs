using System.Net;
using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Client.Rest;

namespace Dotkube.Testing.HollowNodes;

/// <summary>
/// One hollow node's kubelet side towards the API: registers the Node, renews its Lease in
/// kube-node-lease and, like a kubelet coming back, sets Ready=True again after the node
/// lifecycle controller marked it Unknown. <see cref="Stopped"/> simulates a dead kubelet.
/// </summary>
internal sealed class HollowNode(KubeClient client, HollowNodeOptions options, TimeProvider time, string name, int index)
{
    private Lease? _lease;
    private int _nextIp = 2;

    public string Name { get; } = name;

    public int Index { get; } = index;

    /// <summary>A stopped node renews nothing and leaves its pods alone.</summary>
    public volatile bool Stopped;

    /// <summary>The node as last read, for its podCIDR and taints.</summary>
    public Node? Observed { get; private set; }

    public string HostIp => $"10.254.{Index / 250}.{Index % 250 + 1}";

    public async Task RegisterAsync(CancellationToken ct)
    {
        var labels = new Dictionary<string, string>(options.Labels)
        {
            ["kubernetes.io/hostname"] = Name,
            ["kubernetes.io/os"] = "linux",
            ["kubernetes.io/arch"] = "amd64",
            ["node.dotkube.io/hollow"] = "true",
        };
        var node = new Node { Metadata = new ObjectMeta { Name = Name, Labels = labels } };
        try
        {
            node = await client.CreateAsync(node, ct: ct);
        }
        catch (ApiStatusException e) when (e.Code == (int)HttpStatusCode.Conflict)
        {
            node = await client.GetAsync<Node>(null, Name, ct);
        }

        Observed = node;
        await PatchStatusAsync(ct);
        await RenewAsync(ct);
    }

    /// <summary>
    /// One kubelet heartbeat: renew the lease and restore Ready if someone else changed it.
    /// <paramref name="current"/> is the node as the set's informer has it (no GET per heartbeat).
    /// </summary>
    public async Task HeartbeatAsync(Node? current, CancellationToken ct)
    {
        if (Stopped)
            return;
        await RenewAsync(ct);
        Observed = current ?? Observed;
        var ready = Observed?.Status.Conditions?.FirstOrDefault(c => c.Type == "Ready");
        if (ready?.Status != "True")
            await PatchStatusAsync(ct);
    }

    /// <summary>The next pod IP from the node's podCIDR (or 10.244.index.0/24 before one is assigned).</summary>
    public string NextPodIp()
    {
        var cidr = Observed?.Spec.PodCIDR;
        var network = cidr is null ? IPNetwork.Parse($"10.244.{Index % 256}.0/24") : IPNetwork.Parse(cidr);
        var bytes = network.BaseAddress.GetAddressBytes();
        var n = Interlocked.Increment(ref _nextIp) % 250 + 2;
        bytes[3] = (byte)n;
        return new IPAddress(bytes).ToString();
    }

    private async Task RenewAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        try
        {
            if (_lease is null)
            {
                _lease = await client.CreateAsync(new Lease
                {
                    Metadata = new ObjectMeta
                    {
                        Name = Name,
                        Namespace = "kube-node-lease",
                        OwnerReferences = [new OwnerReference { ApiVersion = "v1", Kind = "Node", Name = Name, Uid = Observed!.Metadata.Uid! }],
                    },
                    Spec = new LeaseSpec { HolderIdentity = Name, LeaseDurationSeconds = options.LeaseDurationSeconds, RenewTime = now },
                }, ct: ct);
                return;
            }

            _lease.Spec.RenewTime = now;
            _lease = await client.UpdateAsync(_lease, ct: ct);
        }
        catch (ApiStatusException e) when (e.Code == (int)HttpStatusCode.Conflict)
        {
            // Someone else wrote the lease (or it exists from an earlier run): start from the stored one.
            _lease = await client.GetAsync<Lease>("kube-node-lease", Name, ct);
            _lease.Spec.RenewTime = now;
            _lease = await client.UpdateAsync(_lease, ct: ct);
        }
        catch (ApiStatusException e) when (e.Code == (int)HttpStatusCode.NotFound)
        {
            _lease = null;
        }
    }

    private async Task PatchStatusAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var capacity = options.Capacity.ToDictionary(p => p.Key, p => Quantity.Parse(p.Value));
        var status = new NodeStatus
        {
            Capacity = capacity,
            Allocatable = capacity,
            Conditions =
            [
                Condition("Ready", "True", "KubeletReady", "kubelet is posting ready status", now),
                Condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available", now),
                Condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", now),
                Condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available", now),
            ],
            Addresses = [new NodeAddress { Type = "InternalIP", Address = HostIp }, new NodeAddress { Type = "Hostname", Address = Name }],
            NodeInfo = new NodeSystemInfo
            {
                KubeletVersion = "v1.32.0-hollow",
                ContainerRuntimeVersion = "hollow://1.0",
                OperatingSystem = "linux",
                Architecture = "amd64",
                OSImage = "hollow",
                KernelVersion = Environment.OSVersion.Version.ToString(),
                MachineID = Name,
                SystemUUID = Name,
                BootID = Name,
            },
        };
        var patch = "{\"status\":" + System.Text.Encoding.UTF8.GetString(Dotkube.Api.Serialization.KubeJson.Serialize(status)) + "}";
        Observed = await client.PatchAsync<Node>(null, Name, PatchType.Merge, patch, subresource: "status", ct: ct);
    }

    private static NodeCondition Condition(string type, string status, string reason, string message, DateTimeOffset now) =>
        new() { Type = type, Status = status, Reason = reason, Message = message, LastHeartbeatTime = now, LastTransitionTime = now };
}
