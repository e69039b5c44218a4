using Dotkube.Api.Apps.V1;

namespace Dotkube.Tests.Acceptance.Controllers;

/// <summary>Deployments driven by real kubectl against `dotkube server` with hollow nodes: scale, replace, roll, undo, pause, deadline.</summary>
[Collection(HollowClusterCollection.Name)]
public sealed class DeploymentRolloutTests(HollowClusterFixture cluster)
{
    [Fact]
    public async Task A_created_deployment_gets_ready_pods_scales_and_replaces_a_deleted_pod()
    {
        var ns = await cluster.NewNamespaceAsync("create");

        await cluster.OkAsync("create", "deployment", "web", "--image=busybox", "--replicas=3", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "web");
        var pods = await cluster.Client.LivePodsAsync(ns, "app=web");
        Assert.Equal(3, pods.Count(ClusterSteps.IsReady));

        await cluster.OkAsync("scale", "deployment", "web", "--replicas=10", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "web");
        Assert.Equal(10, (await cluster.Client.LivePodsAsync(ns, "app=web")).Count(ClusterSteps.IsReady));

        var victim = (await cluster.Client.LivePodsAsync(ns, "app=web"))[0].Metadata.Name!;
        await cluster.OkAsync("delete", "pod", victim, "-n", ns);
        var replaced = await ClusterSteps.UntilAsync(() => cluster.Client.LivePodsAsync(ns, "app=web"),
            p => p.Count(ClusterSteps.IsReady) == 10, "10 ready pods after a deletion");
        Assert.DoesNotContain(victim, replaced.Select(p => p.Metadata.Name));

        await cluster.OkAsync("scale", "deployment", "web", "--replicas=0", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "web");
        await ClusterSteps.UntilAsync(() => cluster.Client.LivePodsAsync(ns, "app=web"), p => p.Count == 0, "no pods at replicas 0");
        await ClusterSteps.UntilAsync(() => cluster.Client.GetAsync<Deployment>(ns, "web"), d => (d.Status.Replicas ?? 0) == 0,
            "status.replicas 0");

        // The controllers' queues and reconciles are on the server's /metrics under upstream's names.
        var metrics = await cluster.OkAsync("get", "--raw", "/metrics");
        Assert.Matches(@"workqueue_adds_total\{name=""deployment""\} [1-9]", metrics);
        Assert.Matches(@"controller_runtime_reconcile_total\{controller=""replicaset"",result=""success""\} [1-9]", metrics);
        Assert.Contains("workqueue_depth{name=\"replicaset\"}", metrics);
    }

    [Fact]
    public async Task A_rolling_update_never_drops_below_replicas_available_nor_exceeds_one_surge_pod()
    {
        var ns = await cluster.NewNamespaceAsync("roll");
        await cluster.OkAsync("create", "deployment", "web", "--image=busybox", "--replicas=4", "-n", ns);
        await cluster.OkAsync("patch", "deployment", "web", "-n", ns, "-p",
            """{"spec":{"strategy":{"rollingUpdate":{"maxUnavailable":0,"maxSurge":1}}}}""");
        await cluster.RolloutDoneAsync(ns, "web");

        await using var checker = await PodCountChecker.StartAsync(cluster.Client, ns, "app=web");
        await cluster.OkAsync("set", "image", "deployment/web", "busybox=busybox:1.36", "-n", ns);
        var status = await cluster.RolloutDoneAsync(ns, "web");
        var pods = await ClusterSteps.UntilAsync(() => cluster.Client.LivePodsAsync(ns, "app=web"), p => p.Count == 4, "old pods gone");
        await checker.StopAsync();

        Assert.Contains("successfully rolled out", status);
        Assert.All(pods, p => Assert.Equal("busybox:1.36", p.Spec.Containers[0].Image));
        Assert.True(checker.Events > 8, $"the checker saw only {checker.Events} pod events");
        Assert.True(checker.MinAvailable >= 4, $"only {checker.MinAvailable} pods were available at one moment");
        Assert.True(checker.MaxExisting <= 5, $"{checker.MaxExisting} pods existed at one moment");
    }

    [Fact]
    public async Task History_lists_revisions_and_undo_returns_to_the_previous_template()
    {
        var ns = await cluster.NewNamespaceAsync("undo");
        await cluster.OkAsync("create", "deployment", "web", "--image=busybox", "--replicas=2", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "web");
        await cluster.OkAsync("set", "image", "deployment/web", "busybox=busybox:1.36", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "web");

        var history = await cluster.OkAsync("rollout", "history", "deployment/web", "-n", ns);
        Assert.Matches(@"REVISION\s+CHANGE-CAUSE\n1\s+<none>\n2\s+<none>\n", history);

        await cluster.OkAsync("rollout", "undo", "deployment/web", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "web");
        var deployment = await cluster.Client.GetAsync<Deployment>(ns, "web");
        Assert.Equal("busybox", deployment.Spec.Template.Spec.Containers[0].Image);
        Assert.Equal("3", deployment.Metadata.Annotations!["deployment.kubernetes.io/revision"]);
        Assert.Equal(2, (await cluster.Client.ListAsync<ReplicaSet>(ns)).Items.Count);
        Assert.All(await cluster.Client.LivePodsAsync(ns, "app=web"), p => Assert.Equal("busybox", p.Spec.Containers[0].Image));

        await cluster.OkAsync("rollout", "undo", "deployment/web", "--to-revision=2", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "web");
        Assert.Equal("busybox:1.36", (await cluster.Client.GetAsync<Deployment>(ns, "web")).Spec.Template.Spec.Containers[0].Image);
    }

    [Fact]
    public async Task Changes_made_while_paused_roll_out_as_one_new_replica_set_on_resume()
    {
        var ns = await cluster.NewNamespaceAsync("pause");
        await cluster.OkAsync("create", "deployment", "web", "--image=busybox", "--replicas=2", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "web");

        await cluster.OkAsync("rollout", "pause", "deployment/web", "-n", ns);
        await cluster.OkAsync("set", "image", "deployment/web", "busybox=busybox:1.36", "-n", ns);
        await cluster.OkAsync("set", "env", "deployment/web", "COLOR=blue", "-n", ns);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single((await cluster.Client.ListAsync<ReplicaSet>(ns)).Items);
        await cluster.OkAsync("rollout", "resume", "deployment/web", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "web");

        Assert.Equal(2, (await cluster.Client.ListAsync<ReplicaSet>(ns)).Items.Count);
        await cluster.OkAsync("rollout", "restart", "deployment/web", "-n", ns);
        await cluster.RolloutDoneAsync(ns, "web");
        Assert.Equal(3, (await cluster.Client.ListAsync<ReplicaSet>(ns)).Items.Count);
    }

    [Fact]
    public async Task An_image_that_never_becomes_ready_exceeds_the_progress_deadline_and_rollout_status_fails()
    {
        var ns = await cluster.NewNamespaceAsync("deadline");
        await cluster.OkAsync("create", "deployment", "bad", "--image=registry.invalid/does-not-exist:1", "--replicas=2", "-n", ns);
        await cluster.OkAsync("patch", "deployment", "bad", "-n", ns, "-p", """{"spec":{"progressDeadlineSeconds":3}}""");

        var status = await cluster.Kubectl.RunAsync("rollout", "status", "deployment/bad", "-n", ns, "--timeout=60s");

        Assert.NotEqual(0, status.ExitCode);
        Assert.Contains("error: deployment \"bad\" exceeded its progress deadline", status.Stderr);
        var progressing = (await cluster.Client.GetAsync<Deployment>(ns, "bad")).Status.Conditions!.Single(c => c.Type == "Progressing");
        Assert.Equal(("False", "ProgressDeadlineExceeded"), (progressing.Status, progressing.Reason));
        var pods = await cluster.Client.LivePodsAsync(ns);
        Assert.All(pods, p => Assert.Equal("ErrImagePull", p.Status!.ContainerStatuses![0].State.Waiting!.Reason));
    }
}
