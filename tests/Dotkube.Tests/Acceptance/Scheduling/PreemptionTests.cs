using Dotkube.Tests.Acceptance.Controllers;
using Dotkube.Tests.Acceptance.Kubectl;
using Dotkube.Testing.HollowNodes;

namespace Dotkube.Tests.Acceptance.Scheduling;

/// <summary>dotkube server's scheduler preempting lower-priority pods for higher-priority ones, seen through real kubectl.</summary>
[Collection(HollowClusterCollection.Name)]
public sealed class PreemptionTests(HollowClusterFixture cluster)
{
    [Fact]
    public async Task A_high_priority_pod_evicts_a_low_priority_pod_that_fills_the_node_and_is_bound_there()
    {
        var ns = await cluster.NewNamespaceAsync("preempt");
        // A node of its own, which only this test's pods select, so the shared nodes absorb nothing.
        await using var node = await HollowNodeSet.StartAsync(cluster.Client, new HollowNodeOptions
        {
            Count = 1,
            NamePrefix = "preempt-" + ns,
            Labels = new Dictionary<string, string> { ["preempt-test"] = ns },
            Capacity = new Dictionary<string, string> { ["cpu"] = "2", ["memory"] = "8Gi", ["pods"] = "110" },
        });
        var target = node.Names[0];
        await cluster.ApplyAsync(ns, $$"""
            apiVersion: scheduling.k8s.io/v1
            kind: PriorityClass
            metadata: {name: low-{{ns}}}
            value: 100
            ---
            apiVersion: scheduling.k8s.io/v1
            kind: PriorityClass
            metadata: {name: high-{{ns}}}
            value: 1000
            """);
        await cluster.ApplyAsync(ns, PriorityPod("low", ns, 100));
        Assert.Equal(target, await ClusterSteps.UntilAsync(() => cluster.JsonPathAsync(ns, "pod/low", "{.spec.nodeName}"),
            n => n.Length > 0, "the low-priority pod bound"));
        var lowUid = await cluster.JsonPathAsync(ns, "pod/low", "{.metadata.uid}");
        Assert.Equal("100", await cluster.JsonPathAsync(ns, "pod/low", "{.spec.priority}"));

        await cluster.ApplyAsync(ns, PriorityPod("high", ns, 1000));

        Assert.Equal(target, await ClusterSteps.UntilAsync(() => cluster.JsonPathAsync(ns, "pod/high", "{.spec.nodeName}"),
            n => n.Length > 0, "the high-priority pod bound", TimeSpan.FromSeconds(30)));
        var pods = await cluster.OkAsync("get", "pods", "-n", ns, "-o", "jsonpath={.items[*].metadata.name}");
        Assert.Equal("high", pods.Trim());
        var highUid = await cluster.JsonPathAsync(ns, "pod/high", "{.metadata.uid}");
        Assert.Equal("Running", await ClusterSteps.UntilAsync(() => cluster.JsonPathAsync(ns, "pod/high", "{.status.phase}"),
            p => p == "Running", "the high-priority pod running"));
        var preempted = await ClusterSteps.UntilAsync(
            () => cluster.OkAsync("get", "events", "-n", ns, "--field-selector", "reason=Preempted",
                "-o", "jsonpath={range .items[*]}{.involvedObject.name}|{.involvedObject.uid}|{.message}{\"\\n\"}{end}"),
            e => e.Length > 0, "a Preempted event");
        Assert.Equal($"low|{lowUid}|Preempted by pod {highUid} on node {target}", preempted.Trim());

        await cluster.OkAsync("delete", "pod", "high", "-n", ns, "--wait=true");
        await cluster.OkAsync("delete", "priorityclass", $"low-{ns}", $"high-{ns}");
        await node.DeleteNodesAsync();
    }

    /// <summary>A pod of the test's priority class (admission fills in spec.priority), needing the whole test node's cpu.</summary>
    private static string PriorityPod(string name, string ns, int priority) => $$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: {{name}}}
        spec:
          priorityClassName: {{(priority > 100 ? "high" : "low")}}-{{ns}}
          nodeSelector: {preempt-test: {{ns}}}
          containers:
          - name: c
            image: busybox
            resources:
              requests: {cpu: "2"}
        """;
}
