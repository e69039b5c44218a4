using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;

namespace Dotkube.Bench.Scheduler;

/// <summary>
/// scheduler_perf's pod templates: each one pause container listening on port 80, requesting and
/// limited to 100m CPU / 500Mi (pod-default.yaml), plus the affinity of the workload's template.
/// </summary>
public static class PodTemplates
{
    public const string HostnameLabel = "kubernetes.io/hostname";
    public const string ZoneLabel = "topology.kubernetes.io/zone";

    /// <summary>pod-default.yaml.</summary>
    public static Pod Default(string ns, string name)
    {
        var resources = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("100m"), ["memory"] = Quantity.Parse("500Mi") };
        return new Pod
        {
            Metadata = new ObjectMeta { Name = name, Namespace = ns },
            Spec = new PodSpec
            {
                Containers =
                [
                    new Container
                    {
                        Name = "pause",
                        Image = "registry.k8s.io/pause:3.10.1",
                        Ports = [new ContainerPort { Port = 80 }],
                        Resources = new ResourceRequirements { Requests = resources, Limits = new Dictionary<string, Quantity>(resources) },
                    },
                ],
            },
        };
    }

    /// <summary>pod-with-node-affinity.yaml: requires a node whose zone is zone1 or zone2.</summary>
    public static Pod WithNodeAffinity(string ns, string name)
    {
        var pod = Default(ns, name);
        var zone = new NodeSelectorRequirement { Key = ZoneLabel, Operator = NodeSelectorOperator.In, Values = ["zone1", "zone2"] };
        pod.Spec.Affinity = new Affinity
        {
            NodeAffinity = new NodeAffinity
            {
                RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelector { NodeSelectorTerms = [new NodeSelectorTerm { MatchExpressions = [zone] }] },
            },
        };
        return pod;
    }

    /// <summary>
    /// pod-with-pod-anti-affinity.yaml: labelled color=green, and must not land on a node
    /// (by hostname) already running a color=green pod of sched-1 or sched-0.
    /// </summary>
    public static Pod WithPodAntiAffinity(string ns, string name)
    {
        var pod = Default(ns, name);
        pod.Metadata.Labels = new Dictionary<string, string> { ["color"] = "green" };
        pod.Spec.Affinity = new Affinity
        {
            PodAntiAffinity = new PodAntiAffinity
            {
                RequiredDuringSchedulingIgnoredDuringExecution =
                [
                    new PodAffinityTerm
                    {
                        LabelSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["color"] = "green" } },
                        TopologyKey = HostnameLabel,
                        Namespaces = ["sched-1", "sched-0"],
                    },
                ],
            },
        };
        return pod;
    }
}
