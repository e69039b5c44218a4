using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;

namespace Dotkube.Tests.Acceptance.Controllers;

/// <summary>kubectl delete of a Deployment with each propagation policy, and of a namespace full of objects.</summary>
[Collection(HollowClusterCollection.Name)]
public sealed class CascadeDeletionTests(HollowClusterFixture cluster)
{
    [Fact]
    public async Task Background_deletion_removes_the_replica_sets_and_pods()
    {
        var ns = await ReadyDeploymentAsync("background");

        await cluster.OkAsync("delete", "deployment", "web", "-n", ns);

        await ClusterSteps.UntilAsync(() => cluster.Client.ListAsync<ReplicaSet>(ns), l => l.Items.Count == 0, "replica sets gone");
        await ClusterSteps.UntilAsync(() => cluster.Client.ListAsync<Pod>(ns), l => l.Items.Count == 0, "pods gone");
    }

    [Fact]
    public async Task Orphan_deletion_keeps_the_replica_set_and_pods_without_the_owner()
    {
        var ns = await ReadyDeploymentAsync("orphan");

        await cluster.OkAsync("delete", "deployment", "web", "-n", ns, "--cascade=orphan", "--timeout=60s");

        var replicaSet = Assert.Single((await cluster.Client.ListAsync<ReplicaSet>(ns)).Items);
        Assert.Empty(replicaSet.Metadata.OwnerReferences ?? []);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var pods = await cluster.Client.LivePodsAsync(ns);
        Assert.Equal(3, pods.Count);
        Assert.All(pods, p => Assert.Equal(replicaSet.Metadata.Uid, p.Metadata.OwnerReferences!.Single().Uid));
    }

    [Fact]
    public async Task Foreground_deletion_removes_every_pod_before_the_deployment_disappears()
    {
        var ns = await ReadyDeploymentAsync("foreground");
        var pods = await cluster.Client.ListAsync<Pod>(ns);
        var deployments = await cluster.Client.ListAsync<Deployment>(ns);
        var podDeletions = new List<long>();
        long deploymentDeleted = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var watchPods = WatchDeletionsAsync<Pod>(ns, pods.Metadata.ResourceVersion!, rv => podDeletions.Add(rv), stop.Token);
        var watchDeployments = WatchDeletionsAsync<Deployment>(ns, deployments.Metadata.ResourceVersion!, rv => deploymentDeleted = rv, stop.Token);

        await cluster.OkAsync("delete", "deployment", "web", "-n", ns, "--cascade=foreground", "--timeout=60s");

        await ClusterSteps.UntilAsync(() => Task.FromResult(deploymentDeleted), rv => rv > 0, "the deployment's DELETED event");
        await stop.CancelAsync();
        await Task.WhenAll(Quietly(watchPods), Quietly(watchDeployments));
        Assert.Equal(3, podDeletions.Count);
        Assert.All(podDeletions, rv => Assert.True(rv < deploymentDeleted, $"a pod went at revision {rv}, after the deployment ({deploymentDeleted})"));
        Assert.Empty((await cluster.Client.ListAsync<ReplicaSet>(ns)).Items);
    }

    [Fact]
    public async Task Deleting_a_namespace_with_fifty_objects_leaves_nothing_and_the_namespace_goes()
    {
        var ns = await cluster.NewNamespaceAsync("nsdel");
        var manifest = new System.Text.StringBuilder();
        for (var i = 0; i < 15; i++)
            manifest.Append($"---\napiVersion: v1\nkind: ConfigMap\nmetadata: {{name: cm-{i}}}\ndata: {{k: v}}\n");
        for (var i = 0; i < 10; i++)
            manifest.Append($"---\napiVersion: v1\nkind: Secret\nmetadata: {{name: s-{i}}}\nstringData: {{k: v}}\n");
        for (var i = 0; i < 10; i++)
            manifest.Append($"---\napiVersion: v1\nkind: Service\nmetadata: {{name: svc-{i}}}\nspec: {{selector: {{app: a{i}}}, ports: [{{port: 80}}]}}\n");
        for (var i = 0; i < 5; i++)
            manifest.Append($"---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {{name: sa-{i}}}\n");
        for (var i = 0; i < 5; i++)
            manifest.Append($"---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {{name: d-{i}}}\nspec: {{replicas: 1, selector: {{matchLabels: {{app: d{i}}}}}, template: {{metadata: {{labels: {{app: d{i}}}}}, spec: {{containers: [{{name: c, image: busybox}}]}}}}}}\n");
        for (var i = 0; i < 5; i++)
            manifest.Append($"---\napiVersion: v1\nkind: Pod\nmetadata: {{name: p-{i}}}\nspec: {{containers: [{{name: c, image: busybox}}]}}\n");
        (await cluster.Kubectl.RunAsync(["apply", "-n", ns, "-f", "-"], new ToolOptions { Stdin = manifest.ToString() })).Ok();
        await ClusterSteps.UntilAsync(() => cluster.Client.LivePodsAsync(ns), p => p.Count(ClusterSteps.IsReady) == 10, "10 running pods");

        await cluster.OkAsync("delete", "namespace", ns, "--timeout=90s");

        var get = await cluster.Kubectl.RunAsync("get", "namespace", ns);
        Assert.Contains($"namespaces \"{ns}\" not found", get.Stderr);
        foreach (var kind in new[] { "configmaps", "secrets", "services", "serviceaccounts", "deployments", "replicasets", "pods", "endpoints" })
        {
            var left = await cluster.Kubectl.RunAsync("get", kind, "-n", ns, "-o", "name");
            Assert.Equal("", left.Stdout);
        }
    }

    private async Task<string> ReadyDeploymentAsync(string prefix)
    {
        var ns = await cluster.NewNamespaceAsync(prefix);
        await cluster.OkAsync("create", "deployment", "web", "--image=busybox", "--replicas=3", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "web");
        return ns;
    }

    private Task WatchDeletionsAsync<T>(string ns, string from, Action<long> deleted, CancellationToken ct)
        where T : Dotkube.Api.Meta.KubeObject =>
        Task.Run(async () =>
        {
            await foreach (var e in cluster.Client.WatchAsync<T>(ns, new ListOptions { ResourceVersion = from }, ct))
            {
                if (e.Type == WatchEventType.Deleted)
                    deleted(long.Parse(e.Object!.Metadata.ResourceVersion!, System.Globalization.CultureInfo.InvariantCulture));
            }
        }, CancellationToken.None);

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
        }
    }
}
