using Dotkube.Api.Core.V1;
using Dotkube.Controllers.Disruption;
using Dotkube.Controllers.Tests.Common;

namespace Dotkube.Controllers.Tests.Disruption;

public sealed class StaleDisruptionCleanerTests
{
    private static readonly DateTimeOffset Now = TestPods.Now;

    public static TheoryData<string, string, string, string, bool, double?> Cases => new()
    {
        // case, phase, condition status, reason, terminating, seconds until stale (null: never)
        { "a fresh eviction condition waits out the timeout", "Running", "True", "EvictionByEvictionAPI", false, 90 },
        { "an old one is stale now", "Running", "True", "PreemptionByScheduler", false, 0 },
        { "a terminating pod's condition is not stale", "Running", "True", "EvictionByEvictionAPI", true, null },
        { "the kubelet's own condition is never stale", "Running", "True", "TerminationByKubelet", false, null },
        { "a finished pod is left alone", "Failed", "True", "EvictionByEvictionAPI", false, null },
        { "a False condition has nothing to reset", "Running", "False", "", false, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_disruption_target_condition_becomes_stale_two_minutes_after_it_was_set_unless_the_pod_is_going_anyway(
        string name, string phase, string status, string reason, bool terminating, double? staleInSeconds)
    {
        var pod = TestPods.New("p", phase: phase);
        pod.Metadata.DeletionTimestamp = terminating ? Now : null;
        var setAt = staleInSeconds is 0 ? Now.AddMinutes(-5) : Now.AddSeconds(-30);
        pod.Status.Conditions = [new PodCondition { Type = "DisruptionTarget", Status = status, Reason = reason, LastTransitionTime = setAt }];

        var wait = StaleDisruptionCleaner.StaleAfter(pod, Now);

        Assert.True(wait == (staleInSeconds is { } s ? TimeSpan.FromSeconds(s) : null), $"{name}: {wait}");
    }
}
