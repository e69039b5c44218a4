using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Tests.Plugins.AffinitySupport;

/// <summary>Builders for the objects affinity and spreading tests need.</summary>
public static class Build
{
    public const string Zone = "topology.kubernetes.io/zone";

    public const string Hostname = "kubernetes.io/hostname";

    /// <summary>A node with the given labels ("key=value" pairs), its hostname label included.</summary>
    public static Node Node(string name, params string[] labels)
    {
        var set = Labels(labels);
        set.TryAdd(Hostname, name);
        return new Node { Metadata = new ObjectMeta { Name = name, Labels = set } };
    }

    /// <summary>A node without the hostname label, only the given ones.</summary>
    public static Node BareNode(string name, params string[] labels) =>
        new() { Metadata = new ObjectMeta { Name = name, Labels = Labels(labels) } };

    public static Pod Pod(string name, string ns = "default", params string[] labels) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns, Uid = Guid.NewGuid().ToString(), Labels = Labels(labels) },
        Spec = new PodSpec { Containers = [new Container { Name = "c" }] },
    };

    public static Namespace Namespace(string name, params string[] labels) =>
        new() { Metadata = new ObjectMeta { Name = name, Labels = Labels(labels) } };

    public static NodeInfo Info(Node node, params Pod[] pods)
    {
        var info = new NodeInfo(node);
        foreach (var pod in pods)
        {
            pod.Spec.NodeName = node.Metadata.Name;
            info.AddPod(pod);
        }

        return info;
    }

    /// <summary>A selector from "key=value" pairs.</summary>
    public static LabelSelector Selector(params string[] labels) => new() { MatchLabels = Labels(labels) };

    public static Dictionary<string, string> Labels(params string[] pairs) =>
        pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    public static Pod With(this Pod pod, Action<PodSpec> change)
    {
        change(pod.Spec);
        return pod;
    }
}
