using Dotkube.Api.Apps.V1;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Deployments;
using Dotkube.Controllers.Tests.Support;
using static Dotkube.Controllers.Tests.Deployments.Objects;

namespace Dotkube.Controllers.Tests.Deployments;

/// <summary>
/// The deployment controller against a real API server, each test in its own namespace with its
/// own running controller, the replica set controller played by <see cref="ReplicaSetSimulator"/>.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class DeploymentControllerTests(ClusterFixture fixture) : IAsyncLifetime
{
    private string _ns = "";
    private ReplicaSetSimulator _sim = null!;
    private RunningControllers? _controllers;

    private KubeClient Client => fixture.Client;

    public async Task InitializeAsync()
    {
        _ns = await fixture.NewNamespaceAsync();
        _sim = new ReplicaSetSimulator(Client, _ns);
        _controllers = await RunningControllers.StartAsync(fixture, ctx => new DeploymentController(ctx));
    }

    public async Task DisposeAsync()
    {
        if (_controllers is not null)
            await _controllers.DisposeAsync();
    }

    [Fact]
    public async Task A_new_deployment_gets_one_replica_set_named_by_its_template_hash()
    {
        await CreateAsync(NewDeployment("web", replicas: 3));

        var rs = Assert.Single(await Eventually.ReturnsAsync(_sim.ListAsync, l => l.Count > 0, "a replica set"));
        var stored = await Client.GetAsync<Deployment>(_ns, "web");
        var hash = PodTemplateHash.Compute(stored.Spec.Template, null);
        Assert.Equal("web-" + hash, rs.Metadata.Name);
        var labels = new Dictionary<string, string> { ["app"] = "web", ["pod-template-hash"] = hash };
        Assert.Equal(labels, rs.Metadata.Labels);
        Assert.Equal(labels, rs.Spec.Selector!.MatchLabels);
        Assert.Equal(labels, rs.Spec.Template.Metadata.Labels);
        Assert.Equal(3, rs.Spec.Replicas);
        var owner = Assert.Single(rs.Metadata.OwnerReferences!);
        Assert.Equal(("apps/v1", "Deployment", "web", stored.Metadata.Uid, true, true),
            (owner.ApiVersion, owner.Kind, owner.Name, owner.Uid, owner.Controller, owner.BlockOwnerDeletion));
        Assert.Equal(("1", "3", "4"), (rs.Metadata.Annotations![DeploymentAnnotations.Revision],
            rs.Metadata.Annotations[DeploymentAnnotations.DesiredReplicas], rs.Metadata.Annotations[DeploymentAnnotations.MaxReplicas]));

        var d = await _sim.RollOutAsync("web");
        Assert.Equal("1", d.Metadata.Annotations![DeploymentAnnotations.Revision]);
        Assert.Equal((d.Metadata.Generation, 3, 3, 3, 3, (int?)null),
            (d.Status.ObservedGeneration, d.Status.Replicas, d.Status.UpdatedReplicas, d.Status.ReadyReplicas, d.Status.AvailableReplicas,
                d.Status.UnavailableReplicas));
        d = await _sim.WaitForAsync("web", x => Condition(x, "Progressing")?.Reason == "NewReplicaSetAvailable", "the rollout to be reported complete");
        Assert.Equal(("True", "MinimumReplicasAvailable", "Deployment has minimum availability."),
            (Condition(d, "Available")!.Status, Condition(d, "Available")!.Reason, Condition(d, "Available")!.Message));
        Assert.Equal($"ReplicaSet \"web-{hash}\" has successfully progressed.", Condition(d, "Progressing")!.Message);
        await WaitForEventAsync($"Scaled up replica set web-{hash} from 0 to 3");
    }

    [Fact]
    public async Task A_template_change_rolls_out_within_max_surge_and_max_unavailable_at_every_step()
    {
        await CreateAsync(NewDeployment("web", replicas: 3, maxSurge: 1, maxUnavailable: 0));
        await _sim.RollOutAsync("web");

        await SetImageAsync("web", "nginx:2");
        var d = await _sim.RollOutAsync("web", rss =>
        {
            // Never more than replicas + maxSurge pods, never fewer than replicas - maxUnavailable available ones kept.
            Assert.InRange(rss.Sum(rs => rs.Spec.Replicas ?? 0), 0, 4);
            Assert.InRange(rss.Sum(rs => Math.Min(rs.Spec.Replicas ?? 0, rs.Status.AvailableReplicas ?? 0)), 3, 4);
        });

        var rss = await _sim.ListAsync();
        Assert.Equal(2, rss.Count);
        Assert.Equal(("nginx:1", 0, "1"), (rss[0].Spec.Template.Spec.Containers[0].Image, rss[0].Spec.Replicas, rss[0].Metadata.Annotations![DeploymentAnnotations.Revision]));
        Assert.Equal(("nginx:2", 3, "2"), (rss[1].Spec.Template.Spec.Containers[0].Image, rss[1].Spec.Replicas, rss[1].Metadata.Annotations![DeploymentAnnotations.Revision]));
        Assert.Equal("2", d.Metadata.Annotations![DeploymentAnnotations.Revision]);
        foreach (var message in new[] { $"Scaled up replica set {rss[1].Metadata.Name} from 0 to 1", $"Scaled down replica set {rss[0].Metadata.Name} from 3 to 2",
                     $"Scaled down replica set {rss[0].Metadata.Name} from 1 to 0", $"Scaled up replica set {rss[1].Metadata.Name} from 2 to 3" })
            await WaitForEventAsync(message);
    }

    [Fact]
    public async Task Changes_made_while_paused_roll_out_as_one_new_replica_set_on_resume()
    {
        await CreateAsync(NewDeployment("web", replicas: 2));
        await _sim.RollOutAsync("web");

        await PatchAsync("web", """{"spec":{"paused":true}}""");
        await _sim.WaitForAsync("web", d => Condition(d, "Progressing") is { Status: "Unknown", Reason: "DeploymentPaused", Message: "Deployment is paused" },
            "the pause to be reported");
        await SetImageAsync("web", "nginx:2");
        await SetImageAsync("web", "nginx:3");
        await _sim.WaitForAsync("web", d => d.Status.ObservedGeneration == d.Metadata.Generation, "the paused changes to be observed");
        Assert.Single(await _sim.ListAsync());

        await PatchAsync("web", """{"spec":{"paused":false}}""");
        await _sim.RollOutAsync("web");
        var rss = await _sim.ListAsync();
        Assert.Equal(["nginx:1", "nginx:3"], rss.Select(rs => rs.Spec.Template.Spec.Containers[0].Image));
    }

    [Fact]
    public async Task Undo_by_copying_an_old_template_reuses_its_replica_set_under_a_new_revision()
    {
        var created = NewDeployment("web", replicas: 2);
        created.Metadata.Annotations = new() { [DeploymentAnnotations.ChangeCause] = "first" };
        await CreateAsync(created);
        await _sim.RollOutAsync("web");
        await PatchAsync("web", $$$$$"""{"metadata":{"annotations":{"{{{{{DeploymentAnnotations.ChangeCause}}}}}":"second"}},"spec":{"template":{"spec":{"containers":[{"name":"app","image":"nginx:2"}]}}}}""");
        await _sim.RollOutAsync("web");
        var (first, second) = (await _sim.ListAsync()) switch { [var a, var b] => (a, b), var l => throw new InvalidOperationException($"{l.Count} replica sets") };
        Assert.Equal("first", first.Metadata.Annotations![DeploymentAnnotations.ChangeCause]);

        await UndoAsync("web", first);
        var d = await _sim.RollOutAsync("web");

        var rss = await _sim.ListAsync();
        Assert.Equal([first.Metadata.Name, second.Metadata.Name], rss.Select(rs => rs.Metadata.Name));
        Assert.Equal(("3", "1", 2), (rss[0].Metadata.Annotations![DeploymentAnnotations.Revision],
            rss[0].Metadata.Annotations![DeploymentAnnotations.RevisionHistory], rss[0].Spec.Replicas));
        Assert.Equal(("2", 0), (rss[1].Metadata.Annotations![DeploymentAnnotations.Revision], rss[1].Spec.Replicas));
        Assert.Equal(("3", "first"), (d.Metadata.Annotations![DeploymentAnnotations.Revision], d.Metadata.Annotations[DeploymentAnnotations.ChangeCause]));
    }

    [Fact]
    public async Task A_rollout_whose_pods_never_become_available_exceeds_its_progress_deadline()
    {
        var created = NewDeployment("web", replicas: 2);
        created.Spec.ProgressDeadlineSeconds = 1;
        await CreateAsync(created);
        var rs = Assert.Single(await Eventually.ReturnsAsync(_sim.ListAsync, l => l.Count > 0, "a replica set"));
        await _sim.ReportAsync(rs.Metadata.Name!, available: 0);

        var d = await _sim.WaitForAsync("web", x => Condition(x, "Progressing")?.Status == "False", "the deadline to be exceeded");

        var progressing = Condition(d, "Progressing")!;
        Assert.Equal(("ProgressDeadlineExceeded", $"ReplicaSet \"{rs.Metadata.Name}\" has timed out progressing."), (progressing.Reason, progressing.Message));
        Assert.Equal(("False", "MinimumReplicasUnavailable"), (Condition(d, "Available")!.Status, Condition(d, "Available")!.Reason));
        Assert.Equal(2, d.Status.UnavailableReplicas);
    }

    [Fact]
    public async Task Old_replica_sets_beyond_the_revision_history_limit_are_deleted()
    {
        var created = NewDeployment("web", replicas: 1);
        created.Spec.RevisionHistoryLimit = 1;
        await CreateAsync(created);
        await _sim.RollOutAsync("web");
        await SetImageAsync("web", "nginx:2");
        await _sim.RollOutAsync("web");
        await SetImageAsync("web", "nginx:3");
        await _sim.RollOutAsync("web");

        var rss = await Eventually.ReturnsAsync(_sim.ListAsync, l => l.Count == 2, "the oldest replica set to be deleted");
        Assert.Equal(["nginx:2", "nginx:3"], rss.Select(rs => rs.Spec.Template.Spec.Containers[0].Image));
    }

    [Fact]
    public async Task A_restart_rolls_out_a_new_replica_set()
    {
        await CreateAsync(NewDeployment("web", replicas: 1));
        await _sim.RollOutAsync("web");

        // What kubectl rollout restart sends.
        await PatchAsync("web", """{"spec":{"template":{"metadata":{"annotations":{"kubectl.kubernetes.io/restartedAt":"2024-05-01T10:00:00Z"}}}}}""");
        await _sim.RollOutAsync("web");

        var rss = await _sim.ListAsync();
        Assert.Equal(2, rss.Count);
        Assert.Equal("2024-05-01T10:00:00Z", rss[1].Spec.Template.Metadata.Annotations!["kubectl.kubernetes.io/restartedAt"]);
    }
}
