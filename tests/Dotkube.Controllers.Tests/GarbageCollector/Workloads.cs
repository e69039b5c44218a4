using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Controllers.Tests.GarbageCollector;

/// <summary>Minimal valid workload objects for collector and namespace tests; no controller runs them.</summary>
public static class Workloads
{
    private static readonly Dictionary<string, string> Labels = new() { ["app"] = "web" };

    public static Deployment Deployment(string ns, string name) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns },
        Spec = new DeploymentSpec { Selector = Selector(), Template = Template() },
    };

    public static ReplicaSet ReplicaSet(string ns, string name, List<OwnerReference>? owners = null) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns, OwnerReferences = owners, Labels = new(Labels) },
        Spec = new ReplicaSetSpec { Selector = Selector(), Template = Template() },
    };

    /// <summary>An unscheduled pod: without a node, the server deletes it at once (nobody to wait for).</summary>
    public static Pod Pod(string ns, string name, List<OwnerReference>? owners = null) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns, OwnerReferences = owners, Labels = new(Labels) },
        Spec = PodSpec(),
    };

    private static LabelSelector Selector() => new() { MatchLabels = new(Labels) };

    private static PodTemplateSpec Template() => new()
    {
        Metadata = new ObjectMeta { Labels = new(Labels) },
        Spec = PodSpec(),
    };

    private static PodSpec PodSpec() => new() { Containers = [new Container { Name = "web", Image = "busybox" }] };
}
