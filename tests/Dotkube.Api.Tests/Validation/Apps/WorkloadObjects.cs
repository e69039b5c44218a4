using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Validation;

namespace Dotkube.Api.Tests.Validation.Apps;

/// <summary>Valid baseline workloads; each case mutates one field away from valid.</summary>
internal static class WorkloadObjects
{
    public static ObjectMeta Meta(string name = "web") => new() { Name = name, Namespace = "default" };

    public static LabelSelector Selector() => new() { MatchLabels = new() { ["app"] = "web" } };

    public static PodTemplateSpec Template(string? restartPolicy = null) => new()
    {
        Metadata = new ObjectMeta { Labels = new() { ["app"] = "web" } },
        Spec = new PodSpec
        {
            RestartPolicy = restartPolicy,
            Containers = [new Container { Name = "web", Image = "nginx:1.27" }],
        },
    };

    public static Deployment Deployment() => new()
    {
        Metadata = Meta(),
        Spec = new DeploymentSpec { Replicas = 2, Selector = Selector(), Template = Template() },
    };

    public static StatefulSet StatefulSet() => new()
    {
        Metadata = Meta(),
        Spec = new StatefulSetSpec { Replicas = 1, ServiceName = "web", Selector = Selector(), Template = Template() },
    };

    public static DaemonSet DaemonSet() => new()
    {
        Metadata = Meta(),
        Spec = new DaemonSetSpec { Selector = Selector(), Template = Template() },
    };

    public static ReplicaSet ReplicaSet() => new()
    {
        Metadata = Meta(),
        Spec = new ReplicaSetSpec { Replicas = 1, Selector = Selector(), Template = Template() },
    };

    public static string[] Create(KubeObject obj) => ObjectValidation.ValidateCreate(obj).Select(e => e.ToString()).ToArray();

    public static string[] Update(KubeObject obj, KubeObject old) => ObjectValidation.ValidateUpdate(obj, old).Select(e => e.ToString()).ToArray();
}
