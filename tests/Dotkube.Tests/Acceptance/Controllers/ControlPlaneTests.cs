using System.Diagnostics;
using Dotkube.Api.Apps.V1;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Testing;
using Dotkube.Testing.HollowNodes;

namespace Dotkube.Tests.Acceptance.Controllers;

/// <summary>
/// Control-plane processes failing: two `dotkube server`s on one etcd (Debian's etcd-server) with
/// the leader killed, and one server killed with SIGKILL while Deployments scale. These start
/// their own processes, so they run in a collection of their own, one at a time.
/// </summary>
[Collection(ControlPlaneCollection.Name)]
public sealed class ControlPlaneTests : IAsyncLifetime
{
    private const string Acquired = "Successfully acquired lease lease=kube-system/kube-controller-manager";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dotkube-cp-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly List<ServerProcess> _servers = [];

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
            await server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Killing_the_leading_server_moves_leadership_within_20_s_and_replica_counts_stay_exact()
    {
        await using var etcd = await EtcdServer.StartAsync("/usr/bin/etcd", CancellationToken.None);
        var endpoint = $"etcd://{etcd.ClientUrl.Host}:{etcd.ClientUrl.Port}";
        var first = await StartServerAsync("a", "--https-listen-port", "0", "--datastore-endpoint", endpoint);
        await ClusterSteps.UntilAsync(() => Task.FromResult(first.Log), log => log.Contains(Acquired), "the first server leading");
        var second = await StartServerAsync("b", "--https-listen-port", "0", "--datastore-endpoint", endpoint);
        using var client = new KubeClient(KubeconfigLoader.Load(Kubeconfig("b")));
        await using var nodes = await HollowNodeSet.StartAsync(client, new HollowNodeOptions { Count = 3, LeaseRenewInterval = TimeSpan.FromSeconds(2) });
        var ns = await CreateDeploymentsAsync(client, count: 10, replicas: 2);
        await using var checker = await ReplicaCountChecker.StartAsync(client, ns, _ => 3);
        Assert.DoesNotContain(Acquired, second.Log);

        var killed = Stopwatch.StartNew();
        await first.KillAsync();
        await ClusterSteps.UntilAsync(() => Task.FromResult(second.Log), log => log.Contains(Acquired), "the second server leading",
            TimeSpan.FromSeconds(20));
        var takeover = killed.Elapsed;

        // The new leader's controllers do the work now: scale up, and replace deleted pods.
        for (var i = 0; i < 10; i++)
            await client.PatchAsync<Deployment>(ns, $"d-{i}", PatchType.Merge, """{"spec":{"replicas":3}}""");
        var victim = (await client.LivePodsAsync(ns))[0];
        await client.DeleteAsync<Api.Core.V1.Pod>(ns, victim.Metadata.Name!);
        await AllAvailableAsync(client, ns, 10, 3);

        Assert.True(takeover < TimeSpan.FromSeconds(20), $"leadership moved after {takeover}");
        Assert.Empty(checker.Excesses);
        Assert.Equal(30, (await client.LivePodsAsync(ns)).Count);
    }

    [Fact]
    public async Task After_a_kill_9_during_scaling_every_deployment_converges_to_its_exact_count_within_30_s()
    {
        var server = await StartServerAsync("single", "--https-listen-port", "0");
        var port = server.Port;
        using var client = new KubeClient(KubeconfigLoader.Load(Kubeconfig("single")));
        await using var nodes = await HollowNodeSet.StartAsync(client, new HollowNodeOptions { Count = 5, LeaseRenewInterval = TimeSpan.FromSeconds(2) });
        var ns = await CreateDeploymentsAsync(client, count: 50, replicas: 1);

        await Parallel.ForEachAsync(Enumerable.Range(0, 50), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            await client.PatchAsync<Deployment>(ns, $"d-{i}", PatchType.Merge, """{"spec":{"replicas":4}}""", ct: ct));
        // Mid-scale: some ReplicaSets have their pods, some not yet.
        await ClusterSteps.UntilAsync(() => client.LivePodsAsync(ns), p => p.Count >= 80, "scaling under way", TimeSpan.FromSeconds(30));
        await server.KillAsync();
        _servers.Remove(server);
        await server.DisposeAsync();

        var restarted = Stopwatch.StartNew();
        await StartServerAsync("single", "--https-listen-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await AllAvailableAsync(client, ns, 50, 4, TimeSpan.FromSeconds(30));

        Assert.True(restarted.Elapsed < TimeSpan.FromSeconds(30), $"converged after {restarted.Elapsed}");
        var pods = await client.LivePodsAsync(ns);
        Assert.Equal(200, pods.Count);
        Assert.All(pods.GroupBy(p => p.Metadata.OwnerReferences![0].Name), g => Assert.Equal(4, g.Count()));
    }

    private async Task<ServerProcess> StartServerAsync(string name, params string[] extra)
    {
        var server = await ServerProcess.StartAsync(_dir,
        [
            "--data-dir", Path.Combine(_dir, name), "--bind-address", "127.0.0.1",
            "--write-kubeconfig", Kubeconfig(name), "--disable-agent", .. extra,
        ]);
        _servers.Add(server);
        return server;
    }

    private string Kubeconfig(string name) => Path.Combine(_dir, name + ".kubeconfig");

    private static async Task<string> CreateDeploymentsAsync(KubeClient client, int count, int replicas)
    {
        var ns = "cp-" + Guid.NewGuid().ToString("N")[..6];
        await client.CreateAsync(new Api.Core.V1.Namespace { Metadata = new() { Name = ns } });
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var labels = new Dictionary<string, string> { ["app"] = $"d-{i}" };
            await client.CreateAsync(new Deployment
            {
                Metadata = new() { Name = $"d-{i}", Namespace = ns },
                Spec = new DeploymentSpec
                {
                    Replicas = replicas,
                    Selector = new() { MatchLabels = labels },
                    Template = new()
                    {
                        Metadata = new() { Labels = labels },
                        Spec = new() { Containers = [new() { Name = "c", Image = "busybox" }] },
                    },
                },
            }, ct: ct);
        });
        await AllAvailableAsync(client, ns, count, replicas);
        return ns;
    }

    private static Task AllAvailableAsync(KubeClient client, string ns, int count, int replicas, TimeSpan? limit = null) =>
        ClusterSteps.UntilAsync(() => client.ListAsync<Deployment>(ns),
            l => l.Items.Count == count && l.Items.All(d => d.Status.AvailableReplicas == replicas && d.Status.Replicas == replicas &&
                d.Status.ObservedGeneration == d.Metadata.Generation),
            $"{count} deployments with {replicas} available replicas", limit ?? TimeSpan.FromSeconds(60));
}

[CollectionDefinition(Name)]
public sealed class ControlPlaneCollection
{
    public const string Name = "control plane processes";
}
