using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;

namespace Dotkube.Controllers.Tests.Endpoints;

/// <summary>Builders for the services and pods of the endpoints and endpointslice tests.</summary>
internal static class ServiceTestObjects
{
    public static readonly Dictionary<string, string> AppLabels = new() { ["app"] = "web" };

    public static Service Service(string name = "web", string ns = "ns", string? clusterIp = "10.43.0.10", params ServicePort[] ports) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns, Uid = "svc-uid-" + name, CreationTimestamp = DateTimeOffset.UnixEpoch },
        Spec = new ServiceSpec
        {
            Selector = new(AppLabels),
            ClusterIP = clusterIp,
            Ports = ports.Length == 0 ? [Port("http", 80, 8080)] : [.. ports],
        },
    };

    public static ServicePort Port(string? name, int port, IntOrString target, string protocol = "TCP") =>
        new() { Name = name, Port = port, TargetPort = target, Protocol = protocol };

    /// <summary>A scheduled pod with an IP; ready unless said otherwise.</summary>
    public static Pod Pod(string name, string? ip, bool ready = true, string ns = "ns", string node = "node-1",
        params ContainerPort[] ports) => new()
        {
            Metadata = new ObjectMeta
            {
                Name = name,
                Namespace = ns,
                Uid = "uid-" + name,
                Labels = new(AppLabels),
                CreationTimestamp = DateTimeOffset.UnixEpoch,
            },
            Spec = new PodSpec
            {
                NodeName = node,
                Containers = [new Container { Name = "c", Image = "nginx", Ports = ports.Length == 0 ? null : [.. ports] }],
            },
            Status = new PodStatus
            {
                Phase = "Running",
                PodIP = ip,
                PodIPs = ip is null ? null : [new PodIP { IP = ip }],
                Conditions = [new PodCondition { Type = "Ready", Status = ready ? "True" : "False", LastTransitionTime = DateTimeOffset.UnixEpoch.AddHours(1) }],
            },
        };

    public static ContainerPort ContainerPort(string name, int port, string protocol = "TCP") =>
        new() { Name = name, Port = port, Protocol = protocol };

    public static Pod Terminating(this Pod pod)
    {
        pod.Metadata.DeletionTimestamp = DateTimeOffset.UnixEpoch.AddDays(1);
        return pod;
    }

    public static Pod InPhase(this Pod pod, string phase)
    {
        pod.Status.Phase = phase;
        return pod;
    }
}
