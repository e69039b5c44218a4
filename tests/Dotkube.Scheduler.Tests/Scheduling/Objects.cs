using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;

namespace Dotkube.Scheduler.Tests.Scheduling;

/// <summary>Builders for the pods and nodes the scheduler tests use.</summary>
internal static class Objects
{
    public static Pod Pod(string name, int? priority = null, string? node = null, string? cpu = null, string ns = "ns",
        string? schedulerName = null) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns, Uid = $"uid-{ns}-{name}" },
        Spec = new PodSpec
        {
            Priority = priority,
            NodeName = node,
            SchedulerName = schedulerName,
            Containers =
            [
                new Container
                {
                    Name = "c",
                    Image = "busybox",
                    Resources = cpu is null ? new ResourceRequirements() : new ResourceRequirements { Requests = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse(cpu) } },
                },
            ],
        },
    };

    public static Node Node(string name, string cpu = "4", string pods = "110") => new()
    {
        Metadata = new ObjectMeta { Name = name },
        Status = new NodeStatus
        {
            Allocatable = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse(cpu), ["memory"] = Quantity.Parse("8Gi"), ["pods"] = Quantity.Parse(pods) },
        },
    };
}
