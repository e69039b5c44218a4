using System.Diagnostics;
using Dotkube.Tests.Acceptance.Kubectl;
using Dotkube.Tests.Acceptance.Controllers;
using Dotkube.Testing.HollowNodes;

namespace Dotkube.Tests.Acceptance.Scheduling;

/// <summary>dotkube server's scheduler placing pods on hollow nodes, seen through real kubectl.</summary>
[Collection(HollowClusterCollection.Name)]
public sealed class SchedulingTests(HollowClusterFixture cluster)
{
    [Fact]
    public async Task A_pod_too_big_for_every_node_stays_pending_with_the_upstream_message_until_a_big_enough_node_arrives()
    {
        var ns = await cluster.NewNamespaceAsync("sched");
        await cluster.ApplyAsync(ns, """
            apiVersion: v1
            kind: Pod
            metadata: {name: big}
            spec:
              containers:
              - name: c
                image: busybox
                resources: {requests: {cpu: "8"}}
            """);

        var describe = await DescribeOnceRefusedAsync(ns, "big");
        Assert.Contains("0/5 nodes are available: 5 Insufficient cpu.", describe);
        Assert.Matches(@"PodScheduled\s+False", describe);
        Assert.Equal("Pending", await cluster.JsonPathAsync(ns, "pod/big", "{.status.phase}"));

        await using var big = await HollowNodeSet.StartAsync(cluster.Client, new HollowNodeOptions
        {
            Count = 1,
            NamePrefix = "big-" + ns,
            Capacity = new Dictionary<string, string> { ["cpu"] = "16", ["memory"] = "64Gi", ["pods"] = "110" },
        });
        var added = Stopwatch.StartNew();
        var node = await ClusterSteps.UntilAsync(() => cluster.JsonPathAsync(ns, "pod/big", "{.spec.nodeName}"), n => n.Length > 0,
            "the pod bound", TimeSpan.FromSeconds(10));
        var boundAfter = added.Elapsed;

        Assert.Equal(big.Names[0], node);
        Assert.True(boundAfter < TimeSpan.FromSeconds(2), $"bound {boundAfter.TotalSeconds:F1} s after the node appeared");
        var events = await cluster.OkAsync("get", "events", "-n", ns, "--field-selector", "reason=Scheduled", "-o", "jsonpath={.items[*].message}");
        Assert.Contains($"Successfully assigned {ns}/big to {node}", events);
        var metrics = await cluster.OkAsync("get", "--raw", "/metrics");
        Assert.Matches(@"scheduler_schedule_attempts_total\{profile=""default-scheduler"",result=""unschedulable""\} [1-9]", metrics);

        await cluster.OkAsync("delete", "pod", "big", "-n", ns, "--wait=true");
        await big.DeleteNodesAsync();
    }

    [Fact]
    public async Task Node_selectors_and_taints_steer_pods_as_upstream()
    {
        var ns = await cluster.NewNamespaceAsync("steer");
        var target = cluster.Nodes.Names[2];
        await cluster.ApplyAsync(ns, $$"""
            apiVersion: v1
            kind: Pod
            metadata: {name: picky}
            spec:
              nodeSelector: {kubernetes.io/hostname: {{target}}}
              containers: [{name: c, image: busybox}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: nowhere}
            spec:
              nodeSelector: {disk: ssd}
              containers: [{name: c, image: busybox}]
            """);

        Assert.Equal(target, await ClusterSteps.UntilAsync(() => cluster.JsonPathAsync(ns, "pod/picky", "{.spec.nodeName}"),
            n => n.Length > 0, "picky bound"));
        var describe = await DescribeOnceRefusedAsync(ns, "nowhere");
        Assert.Contains("0/5 nodes are available: 5 node(s) didn't match Pod's node affinity/selector.", describe);
    }

    [Fact]
    public async Task A_pod_waits_for_its_claim_and_is_scheduled_soon_after_the_claim_is_bound()
    {
        var ns = await cluster.NewNamespaceAsync("claim");
        await cluster.ApplyAsync(ns, """
            apiVersion: v1
            kind: Pod
            metadata: {name: db}
            spec:
              containers: [{name: c, image: busybox}]
              volumes: [{name: data, persistentVolumeClaim: {claimName: data}}]
            """);
        var describe = await DescribeOnceRefusedAsync(ns, "db");
        Assert.Contains("persistentvolumeclaim \"data\" not found", describe);

        // Bound as the volume binder marks it (volumeName + bind-completed); storage comes later.
        await cluster.ApplyAsync(ns, """
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata:
              name: data
              annotations: {pv.kubernetes.io/bind-completed: "yes"}
            spec:
              storageClassName: ""
              volumeName: pv-data
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 1Gi}}
            """);

        // The claim's event requeues the pod: no wait for the 5-minute unschedulable flush.
        await ClusterSteps.UntilAsync(() => cluster.JsonPathAsync(ns, "pod/db", "{.spec.nodeName}"), n => n.Length > 0,
            "the pod bound after its claim", TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_per_node_pod_set_lands_one_pod_on_each_node_by_node_name_or_by_a_metadata_name_field_selector()
    {
        var ns = await cluster.NewNamespaceAsync("pernode");
        var manifest = new System.Text.StringBuilder();
        foreach (var (node, i) in cluster.Nodes.Names.Select((n, i) => (n, i)))
        {
            // As DaemonSets did before 1.12 (nodeName, no scheduler) and do now (required affinity on metadata.name).
            manifest.Append($"---\napiVersion: v1\nkind: Pod\nmetadata: {{name: direct-{i}}}\nspec: {{nodeName: {node}, containers: [{{name: c, image: busybox}}]}}\n");
            manifest.Append($"---\napiVersion: v1\nkind: Pod\nmetadata: {{name: affine-{i}}}\nspec:\n  containers: [{{name: c, image: busybox}}]\n" +
                $"  affinity: {{nodeAffinity: {{requiredDuringSchedulingIgnoredDuringExecution: {{nodeSelectorTerms: [{{matchFields: [{{key: metadata.name, operator: In, values: [{node}]}}]}}]}}}}}}\n");
        }

        await cluster.ApplyAsync(ns, manifest.ToString());

        var pods = await ClusterSteps.UntilAsync(() => cluster.Client.LivePodsAsync(ns), p => p.Count(ClusterSteps.IsReady) == 10, "10 running pods");
        foreach (var (node, i) in cluster.Nodes.Names.Select((n, i) => (n, i)))
        {
            Assert.Equal(node, pods.Single(p => p.Metadata.Name == $"direct-{i}").Spec.NodeName);
            Assert.Equal(node, pods.Single(p => p.Metadata.Name == $"affine-{i}").Spec.NodeName);
        }

        var scheduled = await cluster.OkAsync("get", "events", "-n", ns, "--field-selector", "reason=Scheduled", "-o", "name");
        Assert.Equal(5, scheduled.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_no_schedule_taint_keeps_pods_off_unless_they_tolerate_it_with_an_empty_key_exists_toleration()
    {
        var ns = await cluster.NewNamespaceAsync("taint");
        var node = cluster.Nodes.Names[1];
        await cluster.OkAsync("taint", "node", node, "dedicated=db:NoSchedule");
        try
        {
            await cluster.ApplyAsync(ns, $$"""
                apiVersion: v1
                kind: Pod
                metadata: {name: plain}
                spec:
                  nodeSelector: {kubernetes.io/hostname: {{node}}}
                  containers: [{name: c, image: busybox}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: tolerant}
                spec:
                  nodeSelector: {kubernetes.io/hostname: {{node}}}
                  tolerations: [{operator: Exists}]
                  containers: [{name: c, image: busybox}]
                """);

            Assert.Equal(node, await ClusterSteps.UntilAsync(() => cluster.JsonPathAsync(ns, "pod/tolerant", "{.spec.nodeName}"),
                n => n.Length > 0, "the tolerant pod bound"));
            var describe = await DescribeOnceRefusedAsync(ns, "plain");
            Assert.Contains("0/5 nodes are available: 1 node(s) had untolerated taint(s), 4 node(s) didn't match Pod's node affinity/selector.",
                describe);
        }
        finally
        {
            await cluster.OkAsync("taint", "node", node, "dedicated-");
        }
    }

    [Fact]
    public async Task Required_anti_affinity_puts_each_replica_on_its_own_node_and_leaves_the_surplus_pending()
    {
        var ns = await cluster.NewNamespaceAsync("anti");
        await cluster.ApplyAsync(ns, """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: spread}
            spec:
              replicas: 6
              selector: {matchLabels: {app: spread}}
              template:
                metadata: {labels: {app: spread}}
                spec:
                  containers: [{name: c, image: busybox}]
                  affinity:
                    podAntiAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                      - topologyKey: kubernetes.io/hostname
                        labelSelector: {matchLabels: {app: spread}}
            """);

        var pods = await ClusterSteps.UntilAsync(() => cluster.Client.LivePodsAsync(ns, "app=spread"),
            p => p.Count == 6 && p.Count(ClusterSteps.IsReady) == 5, "5 running replicas and one pending");
        var placed = pods.Where(p => !string.IsNullOrEmpty(p.Spec.NodeName)).Select(p => p.Spec.NodeName).ToList();
        Assert.Equal(5, placed.Distinct().Count());
        var pending = pods.Single(p => string.IsNullOrEmpty(p.Spec.NodeName)).Metadata.Name!;
        var describe = await DescribeOnceRefusedAsync(ns, pending);
        Assert.Contains("0/5 nodes are available: 5 node(s) didn't match pod anti-affinity rules.", describe);
        await cluster.OkAsync("delete", "deployment", "spread", "-n", ns);
    }

    /// <summary>`kubectl describe pod` once the scheduler has reported a FailedScheduling event for it.</summary>
    private Task<string> DescribeOnceRefusedAsync(string ns, string pod) =>
        ClusterSteps.UntilAsync(() => cluster.OkAsync("describe", "pod", pod, "-n", ns),
            d => d.Contains("FailedScheduling", StringComparison.Ordinal), $"a FailedScheduling event for {pod}");
}
