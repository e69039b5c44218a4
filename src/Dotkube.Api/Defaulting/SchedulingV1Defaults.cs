using Dotkube.Api.Core.V1;
using Dotkube.Api.Scheduling.V1;

namespace Dotkube.Api.Defaulting;

/// <summary>Defaults for scheduling.k8s.io/v1, as upstream pkg/apis/scheduling/v1/defaults.go.</summary>
internal static class SchedulingV1Defaults
{
    public static void SetDefaults_PriorityClass(PriorityClass priorityClass) =>
        priorityClass.PreemptionPolicy ??= PreemptionPolicy.PreemptLowerPriority;
}
