using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Probes;
using Dotkube.Kubelet.Tests.Support;

namespace Dotkube.Kubelet.Tests.Probes;

/// <summary>upstream's worker.doProbe and prober manager rules, one container at a time, on a manual clock.</summary>
public sealed class ProbeWorkerTests
{
    [Fact]
    public async Task Readiness_is_false_until_successThreshold_successes_and_false_again_after_failureThreshold_failures()
    {
        using var h = new ProbeHarness(new Container { Name = "main", ReadinessProbe = ProbeHarness.ExecProbe(failureThreshold: 2, successThreshold: 2) });
        Assert.False(h.Sync().Ready);

        await h.ProbeAsync(ProbeKind.Readiness, ProbeResult.Success, 1);
        Assert.False(h.Sync().Ready);
        await h.ProbeAsync(ProbeKind.Readiness, ProbeResult.Success, 1);
        Assert.True(h.Sync().Ready);

        await h.ProbeAsync(ProbeKind.Readiness, ProbeResult.Failure, 1);
        Assert.True(h.Sync().Ready);
        await h.ProbeAsync(ProbeKind.Readiness, ProbeResult.Failure, 1);
        Assert.False(h.Sync().Ready);
        Assert.Null(h.Manager.FailedProbe(h.ContainerId)); // readiness never kills
    }

    [Fact]
    public async Task A_worker_waits_for_the_pods_first_status()
    {
        using var h = new ProbeHarness(new Container { Name = "main", LivenessProbe = ProbeHarness.ExecProbe() });
        Assert.True(await h.ProbeAsync(ProbeKind.Liveness));
        Assert.Equal(0, h.Prober.Calls(ProbeKind.Liveness));
    }

    [Fact]
    public void A_container_without_probes_is_started_and_ready_while_it_runs()
    {
        using var h = new ProbeHarness(new Container { Name = "main" });
        Assert.Equal((true, true), (h.Sync().Started, h.Sync().Ready));
        h.Running = false;
        Assert.Equal((false, false), (h.Sync().Started, h.Sync().Ready));
    }

    [Fact]
    public async Task Liveness_fails_the_container_after_failureThreshold_failures_and_holds_until_a_new_container_runs()
    {
        using var h = new ProbeHarness(new Container { Name = "main", LivenessProbe = ProbeHarness.ExecProbe(failureThreshold: 3) });
        h.Sync();
        await h.ProbeAsync(ProbeKind.Liveness, ProbeResult.Failure, 2);
        Assert.Null(h.Manager.FailedProbe("c1"));
        await h.ProbeAsync(ProbeKind.Liveness, ProbeResult.Failure, 1);
        Assert.Equal(ProbeKind.Liveness, h.Manager.FailedProbe("c1"));

        await h.ProbeAsync(ProbeKind.Liveness);
        Assert.Equal(3, h.Prober.Calls(ProbeKind.Liveness)); // on hold: the container is being killed

        h.ContainerId = "c2";
        h.Sync();
        await h.ProbeAsync(ProbeKind.Liveness, ProbeResult.Success, 1);
        Assert.Equal(4, h.Prober.Calls(ProbeKind.Liveness));
        Assert.Null(h.Manager.FailedProbe("c2")); // a new container starts live, with a clean count
        await h.ProbeAsync(ProbeKind.Liveness, ProbeResult.Failure, 2);
        Assert.Null(h.Manager.FailedProbe("c2"));
    }

    [Fact]
    public async Task A_success_between_failures_starts_the_failure_count_again()
    {
        using var h = new ProbeHarness(new Container { Name = "main", LivenessProbe = ProbeHarness.ExecProbe(failureThreshold: 2) });
        h.Sync();
        await h.ProbeAsync(ProbeKind.Liveness, ProbeResult.Failure, 1);
        await h.ProbeAsync(ProbeKind.Liveness, ProbeResult.Success, 1);
        await h.ProbeAsync(ProbeKind.Liveness, ProbeResult.Failure, 1);
        Assert.Null(h.Manager.FailedProbe("c1"));
        await h.ProbeAsync(ProbeKind.Liveness, ProbeResult.Failure, 1);
        Assert.Equal(ProbeKind.Liveness, h.Manager.FailedProbe("c1"));
    }

    [Fact]
    public async Task Nothing_is_probed_before_initialDelaySeconds_have_passed_since_the_container_started()
    {
        using var h = new ProbeHarness(new Container { Name = "main", LivenessProbe = ProbeHarness.ExecProbe(initialDelaySeconds: 5) });
        h.StartedAt = h.Time.Now;
        h.Sync();
        await h.ProbeAsync(ProbeKind.Liveness);
        h.Time.Advance(TimeSpan.FromSeconds(4.5));
        await h.ProbeAsync(ProbeKind.Liveness);
        Assert.Equal(0, h.Prober.Calls(ProbeKind.Liveness));

        h.Time.Advance(TimeSpan.FromSeconds(0.5));
        await h.ProbeAsync(ProbeKind.Liveness);
        Assert.Equal(1, h.Prober.Calls(ProbeKind.Liveness));
    }

    [Fact]
    public async Task Liveness_and_readiness_wait_for_the_startup_probe_which_stops_once_the_container_started()
    {
        using var h = new ProbeHarness(new Container
        {
            Name = "main",
            StartupProbe = ProbeHarness.ExecProbe(failureThreshold: 30),
            LivenessProbe = ProbeHarness.ExecProbe(),
            ReadinessProbe = ProbeHarness.ExecProbe(),
        });
        Assert.Equal((false, false), (h.Sync().Started, h.Sync().Ready));
        await h.ProbeAsync(ProbeKind.Startup, ProbeResult.Failure, 3);
        await h.ProbeAsync(ProbeKind.Liveness);
        await h.ProbeAsync(ProbeKind.Readiness);
        Assert.Equal((0, 0), (h.Prober.Calls(ProbeKind.Liveness), h.Prober.Calls(ProbeKind.Readiness)));
        Assert.Equal((false, false), (h.Sync().Started, h.Sync().Ready));

        await h.ProbeAsync(ProbeKind.Startup, ProbeResult.Success, 1);
        Assert.Equal((true, false), (h.Sync().Started, h.Sync().Ready));
        await h.ProbeAsync(ProbeKind.Startup);
        await h.ProbeAsync(ProbeKind.Liveness);
        await h.ProbeAsync(ProbeKind.Readiness);
        Assert.Equal((4, 1, 1), (h.Prober.Calls(ProbeKind.Startup), h.Prober.Calls(ProbeKind.Liveness), h.Prober.Calls(ProbeKind.Readiness)));
        Assert.True(h.Sync().Ready);
    }

    [Fact]
    public async Task A_startup_probe_that_reaches_failureThreshold_fails_the_container()
    {
        using var h = new ProbeHarness(new Container { Name = "main", StartupProbe = ProbeHarness.ExecProbe(failureThreshold: 2) });
        h.Sync();
        await h.ProbeAsync(ProbeKind.Startup, ProbeResult.Failure, 2);
        Assert.Equal(ProbeKind.Startup, h.Manager.FailedProbe("c1"));
        Assert.False(h.Sync().Started);
    }

    [Fact]
    public async Task A_changed_result_wakes_the_pod_and_an_unchanged_one_does_not()
    {
        using var h = new ProbeHarness(new Container { Name = "main", ReadinessProbe = ProbeHarness.ExecProbe(failureThreshold: 1) });
        h.Sync();
        await h.ProbeAsync(ProbeKind.Readiness, ProbeResult.Failure, 1); // the initial Failure for the new container
        Assert.Single(h.Changed);
        await h.ProbeAsync(ProbeKind.Readiness, ProbeResult.Failure, 2);
        Assert.Single(h.Changed);
        await h.ProbeAsync(ProbeKind.Readiness, ProbeResult.Success, 1);
        Assert.Equal([ProbeHarness.Uid, ProbeHarness.Uid], h.Changed);
    }

    [Fact]
    public async Task A_pod_being_deleted_ends_liveness_probing_with_a_success()
    {
        using var h = new ProbeHarness(new Container { Name = "main", LivenessProbe = ProbeHarness.ExecProbe(failureThreshold: 1) });
        h.Pod.Metadata.DeletionTimestamp = h.Time.Now;
        h.Sync();
        Assert.False(await h.ProbeAsync(ProbeKind.Liveness));
        Assert.Equal(0, h.Prober.Calls(ProbeKind.Liveness));
        Assert.Null(h.Manager.FailedProbe("c1"));
    }

    [Theory]
    [InlineData("Never", false)]
    [InlineData("Always", true)]
    public async Task A_terminated_container_ends_its_worker_only_when_it_will_not_be_restarted(string restartPolicy, bool keepsGoing)
    {
        using var h = new ProbeHarness(new Container { Name = "main", ReadinessProbe = ProbeHarness.ExecProbe() }, restartPolicy);
        h.Running = false;
        h.Sync();
        Assert.Equal(keepsGoing, await h.ProbeAsync(ProbeKind.Readiness));
    }

    [Fact]
    public void Removing_the_pod_stops_its_workers()
    {
        using var h = new ProbeHarness(new Container { Name = "main", LivenessProbe = ProbeHarness.ExecProbe(), ReadinessProbe = ProbeHarness.ExecProbe() });
        h.Manager.StopLivenessAndStartup(ProbeHarness.Uid);
        Assert.Null(h.Manager.Worker(ProbeHarness.Uid, "main", ProbeKind.Liveness));
        Assert.NotNull(h.Manager.Worker(ProbeHarness.Uid, "main", ProbeKind.Readiness));
        h.Manager.RemovePod(ProbeHarness.Uid);
        Assert.Null(h.Manager.Worker(ProbeHarness.Uid, "main", ProbeKind.Readiness));
    }

    [Fact]
    public async Task A_running_worker_probes_once_per_period()
    {
        var probe = ProbeHarness.ExecProbe();
        probe.PeriodSeconds = 10;
        using var h = new ProbeHarness(new Container { Name = "main", LivenessProbe = probe }, runWorkers: true);
        h.Sync();
        await Eventually.HoldsAsync(() => Task.FromResult(h.Prober.Calls(ProbeKind.Liveness) == 1 && h.Time.NextDue is not null),
            TimeSpan.FromSeconds(10), "the first probe runs at once and the worker waits for its period");
        h.Time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(1, h.Prober.Calls(ProbeKind.Liveness));
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.HoldsAsync(() => Task.FromResult(h.Prober.Calls(ProbeKind.Liveness) == 2), TimeSpan.FromSeconds(10),
            "the second probe runs a period later");
    }
}
