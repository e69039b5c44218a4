using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Plugins.PrioritySort;
using Dotkube.Scheduler.Queue;
using Dotkube.Scheduler.Runtime;
using Dotkube.Testing;
using static Dotkube.Scheduler.Tests.Scheduling.Objects;
using SchedulingGatesPlugin = Dotkube.Scheduler.Plugins.SchedulingGates.SchedulingGates;

namespace Dotkube.Scheduler.Tests.Queue;

/// <summary>The queue with the SchedulingGates preEnqueue plugin, as the default profile runs it.</summary>
public sealed class SchedulingQueueGatedTests
{
    private readonly ManualTime _time = new();
    private readonly InMemoryScheduleMetrics _metrics = new();
    private readonly SchedulingGatesPlugin _plugin = new();

    private SchedulingQueue NewQueue() => new(new PrioritySort().Less, _time, new SchedulingQueueOptions
    {
        PreEnqueue = pod => _plugin.PreEnqueue(pod) is { IsSuccess: false } status ? status.WithPlugin(_plugin.Name) : Status.Success,
        EventsOfPlugin = plugin => plugin == _plugin.Name ? _plugin.EventsToRegister() : null,
    }, _metrics);

    private static Pod Gated(string name, params string[] gates)
    {
        var pod = Pod(name);
        pod.Spec.SchedulingGates = [.. gates.Select(g => new PodSchedulingGate { Name = g })];
        return pod;
    }

    private static Pod Without(Pod pod, string gate)
    {
        var copy = Gated(pod.Metadata.Name!, [.. pod.Spec.SchedulingGates!.Select(g => g.Name).Where(g => g != gate)]);
        copy.Spec.SchedulingGates = copy.Spec.SchedulingGates!.Count == 0 ? null : copy.Spec.SchedulingGates;
        return copy;
    }

    [Fact]
    public void A_gated_pod_is_kept_out_of_the_active_queue_and_counted_as_gated()
    {
        var queue = NewQueue();

        queue.Add(Gated("a", "x"));

        Assert.Equal(((0, 0, 0), 1), (queue.Counts, queue.GatedCount));
        Assert.True(queue.Contains(Gated("a", "x")));
        Assert.Equal((1, 0, 0), (_metrics.Pending("gated"), _metrics.Pending("unschedulable"), _metrics.Pending("active")));
        Assert.False(queue.PopAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task Removing_the_last_gate_makes_the_pod_active_at_once_with_no_attempt_counted_while_gated()
    {
        var queue = NewQueue();
        var pod = Gated("a", "x", "y");
        queue.Add(pod);
        _time.Advance(TimeSpan.FromMinutes(1));

        var oneLeft = Without(pod, "x");
        queue.Update(pod, oneLeft);
        Assert.Equal(((0, 0, 0), 1), (queue.Counts, queue.GatedCount));

        queue.Update(oneLeft, Without(oneLeft, "y"));

        Assert.Equal(((1, 0, 0), 0), (queue.Counts, queue.GatedCount));
        var info = await queue.PopAsync(CancellationToken.None);
        Assert.Equal(1, info.Attempts);
        Assert.Equal(_time.GetUtcNow(), info.InitialAttemptTimestamp);
        Assert.Empty(info.UnschedulablePlugins);
    }

    [Fact]
    public void Cluster_events_and_the_unschedulable_flush_leave_a_gated_pod_gated()
    {
        var queue = NewQueue();
        queue.Add(Gated("a", "x"));

        queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent("Node", ClusterEventAction.Add));
        queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent("Pod", ClusterEventAction.Update));
        _time.Advance(TimeSpan.FromMinutes(6));
        queue.FlushUnschedulableLeftover();

        Assert.Equal(((0, 0, 0), 1), (queue.Counts, queue.GatedCount));
    }

    [Fact]
    public void A_gated_pod_that_is_deleted_leaves_the_queue()
    {
        var queue = NewQueue();
        queue.Add(Gated("a", "x"));

        queue.Delete(Gated("a", "x"));

        Assert.Equal(((0, 0, 0), 0), (queue.Counts, queue.GatedCount));
        Assert.Equal(0, _metrics.Pending("gated"));
    }

    [Fact]
    public async Task Gated_and_ungated_pods_are_told_apart()
    {
        var queue = NewQueue();
        queue.Add(Gated("a", "x"));
        queue.Add(Pod("b"));

        Assert.Equal("b", (await queue.PopAsync(CancellationToken.None)).Pod.Metadata.Name);
        Assert.Equal(((0, 0, 0), 1), (queue.Counts, queue.GatedCount));
    }
}
