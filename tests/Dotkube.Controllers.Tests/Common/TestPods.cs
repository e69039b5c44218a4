using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Controllers.Tests.Common;

/// <summary>Builds pods in the states the workload controllers care about.</summary>
internal static class TestPods
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static Pod New(string name, string? node = "node-a", string phase = "Running", DateTimeOffset? created = null,
        DateTimeOffset? readySince = null, int restarts = 0, int? deletionCost = null, Dictionary<string, string>? labels = null) => new()
    {
        Metadata = new ObjectMeta
        {
            Name = name,
            Namespace = "ns",
            Uid = "uid-" + name,
            CreationTimestamp = created ?? Now.AddHours(-1),
            Labels = labels,
            Annotations = deletionCost is { } cost ? new() { ["controller.kubernetes.io/pod-deletion-cost"] = cost.ToString(System.Globalization.CultureInfo.InvariantCulture) } : null,
        },
        Spec = new PodSpec { NodeName = node },
        Status = new PodStatus
        {
            Phase = phase,
            Conditions = readySince is { } since ? [new PodCondition { Type = "Ready", Status = "True", LastTransitionTime = since }] : null,
            ContainerStatuses = [new ContainerStatus { Name = "c", RestartCount = restarts }],
        },
    };
}
