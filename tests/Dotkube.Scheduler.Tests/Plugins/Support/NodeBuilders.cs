using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Scheduler.Framework;
using Status = Dotkube.Scheduler.Framework.Status;

namespace Dotkube.Scheduler.Tests.Plugins.Support;

/// <summary>Terse builders for the node-side plugin tests: nodes, pods, NodeInfos and a snapshot-only handle.</summary>
internal static class NodeBuilders
{
    private static int _uid;

    public static Node MakeNode(string name, string cpu = "4", string memory = "8Gi", int pods = 110, Dictionary<string, string>? labels = null)
    {
        var node = new Node { Metadata = new ObjectMeta { Name = name, Labels = labels } };
        node.Status.Allocatable = new Dictionary<string, Quantity>
        {
            ["cpu"] = Quantity.Parse(cpu), ["memory"] = Quantity.Parse(memory), ["pods"] = Quantity.FromInt64(pods),
        };
        return node;
    }

    public static Node WithAllocatable(this Node node, string resource, string amount)
    {
        node.Status.Allocatable![resource] = Quantity.Parse(amount);
        return node;
    }

    public static Node WithTaints(this Node node, params Taint[] taints)
    {
        node.Spec.Taints = [.. taints];
        return node;
    }

    public static Node WithImages(this Node node, params (string Name, long Size)[] images)
    {
        node.Status.Images = [.. images.Select(i => new ContainerImage { Names = [i.Name], SizeBytes = i.Size })];
        return node;
    }

    public static Taint MakeTaint(string key, string? value, string effect) => new() { Key = key, Value = value, Effect = effect };

    public static Pod MakePod(string name = "p") => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = "default", Uid = "uid-" + Interlocked.Increment(ref _uid) },
    };

    /// <summary>Adds a container requesting the given resources, e.g. ("cpu", "500m"), ("memory", "1Gi").</summary>
    public static Pod WithContainer(this Pod pod, params (string Resource, string Amount)[] requests) =>
        pod.WithContainerImage(null, requests);

    public static Pod WithContainerImage(this Pod pod, string? image, params (string Resource, string Amount)[] requests)
    {
        pod.Spec.Containers.Add(new Container
        {
            Name = "c" + pod.Spec.Containers.Count,
            Image = image,
            Resources = new ResourceRequirements
            {
                Requests = requests.Length == 0 ? null : requests.ToDictionary(r => r.Resource, r => Quantity.Parse(r.Amount)),
            },
        });
        return pod;
    }

    public static Pod WithHostPort(this Pod pod, int hostPort, string? protocol = null, string? hostIp = null)
    {
        if (pod.Spec.Containers.Count == 0)
            pod.WithContainer();
        var container = pod.Spec.Containers[^1];
        container.Ports ??= [];
        container.Ports.Add(new ContainerPort { Port = 8080, HostPort = hostPort, Protocol = protocol, HostIP = hostIp });
        return pod;
    }

    public static Pod WithTolerations(this Pod pod, params Toleration[] tolerations)
    {
        pod.Spec.Tolerations = [.. tolerations];
        return pod;
    }

    public static NodeInfo Info(this Node node, params Pod[] pods)
    {
        var info = new NodeInfo(node);
        foreach (var pod in pods)
            info.AddPod(pod);
        return info;
    }

    /// <summary>Runs the plugin's Score then NormalizeScore over the nodes, returning the final scores by node name.</summary>
    public static Dictionary<string, long> ScoreAll(IScorePlugin plugin, CycleState state, Pod pod, params NodeInfo[] nodes)
    {
        var scores = nodes.Select(n => new NodeScore(n.Name, plugin.Score(state, pod, n).Score)).ToList();
        Assert.True(plugin.NormalizeScore(state, pod, scores).IsSuccess);
        return scores.ToDictionary(s => s.Name, s => s.Score);
    }

    /// <summary>A handle that only offers a snapshot of the given nodes.</summary>
    public sealed class SnapshotHandle(params NodeInfo[] nodes) : IFrameworkHandle, ISnapshot
    {
        public ISnapshot Snapshot => this;

        public KubeClient Client => throw new NotSupportedException();

        public SharedInformerFactory Informers => throw new NotSupportedException();

        public TimeProvider Time => TimeProvider.System;

        public IReadOnlyList<NodeInfo> Nodes => nodes;

        public IReadOnlyList<NodeInfo> NodesWithAffinityPods => [];

        public IReadOnlyList<NodeInfo> NodesWithRequiredAntiAffinityPods => [];

        public NodeInfo? Get(string nodeName) => nodes.FirstOrDefault(n => n.Name == nodeName);

        public IReadOnlyList<Pod> NominatedPodsFor(string nodeName) => [];

        public Status RunFilterPlugins(CycleState state, Pod pod, NodeInfo node) => throw new NotSupportedException();
    }
}
