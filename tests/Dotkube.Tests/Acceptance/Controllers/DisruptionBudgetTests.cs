using Dotkube.Api.Policy.V1;

namespace Dotkube.Tests.Acceptance.Controllers;

/// <summary>PodDisruptionBudgets through real kubectl: `get pdb` shows the allowed disruptions, and `drain` waits on a budget.</summary>
[Collection(HollowClusterCollection.Name)]
public sealed class DisruptionBudgetTests(HollowClusterFixture cluster)
{
    [Fact]
    public async Task A_drain_is_blocked_by_a_budget_with_no_disruptions_left_and_proceeds_once_it_allows_one()
    {
        var ns = await cluster.NewNamespaceAsync("pdb");
        // A label no other scenario uses: drain only touches this test's pods on the shared nodes.
        await cluster.OkAsync("create", "deployment", "guarded", "--image=busybox", "--replicas=3", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "guarded");
        await cluster.OkAsync("create", "pdb", "guarded", "--selector=app=guarded", "--min-available=3", "-n", ns);
        await BudgetAllowsAsync(ns, 0);

        var table = await cluster.OkAsync("get", "pdb", "-n", ns);
        Assert.Matches(@"NAME\s+MIN AVAILABLE\s+MAX UNAVAILABLE\s+ALLOWED DISRUPTIONS\s+AGE\nguarded\s+3\s+N/A\s+0\s+", table);

        var node = (await cluster.Client.LivePodsAsync(ns, "app=guarded"))[0].Spec.NodeName!;
        try
        {
            var blocked = await cluster.Kubectl.RunAsync("drain", node, "--pod-selector=app=guarded", "--timeout=8s");
            Assert.NotEqual(0, blocked.ExitCode);
            Assert.Contains("Cannot evict pod as it would violate the pod's disruption budget.", blocked.Stderr);
            Assert.Equal(3, (await cluster.Client.LivePodsAsync(ns, "app=guarded")).Count);

            await cluster.OkAsync("patch", "pdb", "guarded", "-n", ns, "--type=merge", "-p", """{"spec":{"minAvailable":2}}""");
            await BudgetAllowsAsync(ns, 1);
            table = await cluster.OkAsync("get", "pdb", "-n", ns);
            Assert.Matches(@"\nguarded\s+2\s+N/A\s+1\s+", table);

            var drained = await cluster.OkAsync("drain", node, "--pod-selector=app=guarded", "--timeout=90s");
            Assert.Contains($"node/{node} drained", drained);
            var pods = await ClusterSteps.UntilAsync(() => cluster.Client.LivePodsAsync(ns, "app=guarded"),
                p => p.Count(ClusterSteps.IsReady) == 3 && p.All(pod => pod.Spec.NodeName != node), "three ready pods off the drained node");
            Assert.Equal(3, pods.Count);
        }
        finally
        {
            await cluster.Kubectl.RunAsync("uncordon", node);
        }
    }

    private Task<PodDisruptionBudget> BudgetAllowsAsync(string ns, int allowed) =>
        ClusterSteps.UntilAsync(() => cluster.Client.GetAsync<PodDisruptionBudget>(ns, "guarded"),
            pdb => pdb.Status.ObservedGeneration == pdb.Metadata.Generation && pdb.Status.DisruptionsAllowed == allowed
                && pdb.Status.CurrentHealthy == 3,
            $"the budget to allow {allowed} disruptions");
}
