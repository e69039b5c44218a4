using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Deployments;
using Dotkube.Controllers.Tests.Support;
using static Dotkube.Controllers.Tests.Deployments.Objects;

namespace Dotkube.Controllers.Tests.Deployments;

public sealed partial class DeploymentControllerTests
{
    [Fact]
    public async Task Recreate_waits_for_every_old_pod_to_stop_before_creating_the_new_replica_set()
    {
        await CreateAsync(NewDeployment("web", replicas: 2, strategy: DeploymentStrategyType.Recreate));
        await _sim.RollOutAsync("web");
        var old = Assert.Single(await _sim.ListAsync());
        await Client.CreateAsync(new Pod
        {
            Metadata = new ObjectMeta
            {
                Name = "old-pod",
                Namespace = _ns,
                Labels = new(old.Spec.Template.Metadata.Labels!),
                OwnerReferences = [new OwnerReference { ApiVersion = "apps/v1", Kind = "ReplicaSet", Name = old.Metadata.Name!, Uid = old.Metadata.Uid!, Controller = true }],
            },
            Spec = old.Spec.Template.Spec,
        });

        await SetImageAsync("web", "nginx:2");
        await Eventually.ReturnsAsync(() => _sim.GetAsync(old.Metadata.Name!), rs => rs.Spec.Replicas == 0, "the old replica set to be scaled down");
        await _sim.ReportAsync(old.Metadata.Name!);
        await _sim.WaitForAsync("web", d => d.Status.Replicas is null, "the old replica set's pods to be gone from the status");
        Assert.Single(await _sim.ListAsync());

        // By collection: KubeClient.DeleteAsync cannot read a Pod answered to a delete yet.
        await Client.DeleteCollectionAsync<Pod>(_ns, new ListOptions { FieldSelector = "metadata.name=old-pod" }, new DeleteOptions { GracePeriodSeconds = 0 });
        var rss = await Eventually.ReturnsAsync(_sim.ListAsync, l => l.Count == 2, "the new replica set");
        Assert.Equal(2, rss[1].Spec.Replicas);
        await _sim.RollOutAsync("web");
    }

    [Fact]
    public async Task An_orphan_replica_set_with_the_deployments_template_is_adopted_as_its_new_one()
    {
        await Client.CreateAsync(new ReplicaSet
        {
            Metadata = new ObjectMeta { Name = "web-manual", Namespace = _ns, Labels = new() { ["app"] = "web" } },
            Spec = new ReplicaSetSpec
            {
                Replicas = 2,
                Selector = new LabelSelector { MatchLabels = new() { ["app"] = "web" } },
                Template = NewTemplate("web", "nginx:1"),
            },
        });

        await CreateAsync(NewDeployment("web", replicas: 2));
        var d = await _sim.WaitForAsync("web", x => x.Metadata.Annotations?.GetValueOrDefault(DeploymentAnnotations.Revision) == "1", "the revision");

        var rs = Assert.Single(await _sim.ListAsync());
        Assert.Equal(("web-manual", d.Metadata.Uid, true), (rs.Metadata.Name, rs.Metadata.OwnerReferences?.Single().Uid, rs.Metadata.OwnerReferences?.Single().Controller));
        Assert.Equal("1", rs.Metadata.Annotations![DeploymentAnnotations.Revision]);
    }

    [Fact]
    public async Task A_name_taken_by_another_template_bumps_the_collision_count()
    {
        var created = NewDeployment("web", replicas: 1);
        created.Spec.Paused = true;
        await CreateAsync(created);
        var template = (await Client.GetAsync<Deployment>(_ns, "web")).Spec.Template;
        await Client.CreateAsync(new ReplicaSet
        {
            Metadata = new ObjectMeta { Name = "web-" + PodTemplateHash.Compute(template, null), Namespace = _ns, Labels = new() { ["app"] = "other" } },
            Spec = new ReplicaSetSpec
            {
                Replicas = 0,
                Selector = new LabelSelector { MatchLabels = new() { ["app"] = "other" } },
                Template = NewTemplate("other", "busybox"),
            },
        });

        await PatchAsync("web", """{"spec":{"paused":false}}""");
        var d = await _sim.WaitForAsync("web", x => x.Status.CollisionCount == 1, "the collision count");

        var rs = await Eventually.ReturnsAsync(_sim.ListAsync, l => l.Count == 2, "a replica set under another name");
        var ours = Assert.Single(rs, r => r.Metadata.OwnerReferences?.SingleOrDefault()?.Uid == d.Metadata.Uid);
        Assert.Equal("web-" + PodTemplateHash.Compute(template, 1), ours.Metadata.Name);
    }

    [Fact]
    public async Task Scaling_in_the_middle_of_a_rollout_spreads_the_change_over_the_replica_sets_in_proportion()
    {
        await CreateAsync(NewDeployment("web", replicas: 10, maxSurge: 3, maxUnavailable: 2));
        await _sim.RollOutAsync("web");

        // The new pods never become available, so the rollout stops at 8 old and 5 new.
        await SetImageAsync("web", "nginx:2");
        await Eventually.ReturnsAsync(_sim.ListAsync, l => l.Count == 2 && l[0].Spec.Replicas == 8 && l[1].Spec.Replicas == 5, "the rollout to stall at 8 + 5");
        await ScaleAsync("web", 20);

        // 13 were sized for 10 + 3; 20 + 3 share out as 8 * 23/13 ~ 14 and 5 * 23/13 ~ 9.
        var rss = await Eventually.ReturnsAsync(_sim.ListAsync,
            l => l.All(rs => rs.Metadata.Annotations?.GetValueOrDefault(DeploymentAnnotations.DesiredReplicas) == "20"), "both replica sets to be scaled");
        Assert.Equal([14, 9], rss.Select(rs => rs.Spec.Replicas ?? 0));
        Assert.All(rss, rs => Assert.Equal(("20", "23"),
            (rs.Metadata.Annotations![DeploymentAnnotations.DesiredReplicas], rs.Metadata.Annotations[DeploymentAnnotations.MaxReplicas])));
    }
}
