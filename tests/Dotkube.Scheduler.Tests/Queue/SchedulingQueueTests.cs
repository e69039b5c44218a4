using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Plugins.PrioritySort;
using Dotkube.Scheduler.Queue;
using Dotkube.Testing;
using static Dotkube.Scheduler.Tests.Scheduling.Objects;

namespace Dotkube.Scheduler.Tests.Queue;

public sealed class SchedulingQueueTests
{
    private readonly ManualTime _time = new();

    private SchedulingQueue NewQueue(Func<string, IReadOnlyList<ClusterEvent>?>? events = null) =>
        new(new PrioritySort().Less, _time, new SchedulingQueueOptions { EventsOfPlugin = events ?? (_ => null) });

    private static async Task<string> PopName(SchedulingQueue queue) => (await queue.PopAsync(CancellationToken.None)).Pod.Metadata.Name!;

    /// <summary>Pops a pod and fails it as rejected by <paramref name="plugin"/>.</summary>
    private static async Task<QueuedPodInfo> FailAsync(SchedulingQueue queue, string plugin = "TestFilter")
    {
        var info = await queue.PopAsync(CancellationToken.None);
        info.UnschedulablePlugins.Add(plugin);
        queue.AddUnschedulableIfNotPresent(info, queue.SchedulingCycle);
        return info;
    }

    [Fact]
    public async Task Higher_priority_pods_pop_first_then_the_earlier_queued()
    {
        var queue = NewQueue();
        queue.Add(Pod("low", priority: 1));
        _time.Advance(TimeSpan.FromSeconds(1));
        queue.Add(Pod("high", priority: 100));
        queue.Add(Pod("none"));
        _time.Advance(TimeSpan.FromSeconds(1));
        queue.Add(Pod("low-later", priority: 1));

        Assert.Equal(["high", "low", "low-later", "none"], [await PopName(queue), await PopName(queue), await PopName(queue), await PopName(queue)]);
    }

    [Fact]
    public async Task Pop_waits_until_a_pod_is_added()
    {
        var queue = NewQueue();
        var pop = queue.PopAsync(CancellationToken.None);
        Assert.False(pop.IsCompleted);

        queue.Add(Pod("a"));

        Assert.Equal("a", (await pop.WaitAsync(TimeSpan.FromSeconds(10))).Pod.Metadata.Name);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(5, 10)]
    [InlineData(12, 10)]
    public void Backoff_starts_at_one_second_and_doubles_up_to_ten(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), NewQueue().BackoffDuration(attempts));

    [Fact]
    public async Task A_pod_moved_by_an_event_waits_out_its_backoff_before_it_is_active_again()
    {
        var queue = NewQueue();
        queue.Add(Pod("a"));
        await FailAsync(queue);
        Assert.Equal((0, 0, 1), queue.Counts);

        queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent("Node", ClusterEventAction.Add));
        Assert.Equal((0, 1, 0), queue.Counts);
        _time.Advance(TimeSpan.FromMilliseconds(900));
        queue.FlushBackoffCompleted();
        Assert.Equal((0, 1, 0), queue.Counts);

        _time.Advance(TimeSpan.FromMilliseconds(200));
        queue.FlushBackoffCompleted();
        Assert.Equal((1, 0, 0), queue.Counts);
    }

    [Fact]
    public async Task With_the_active_queue_empty_a_rejected_pod_is_taken_from_backoff_early()
    {
        var queue = NewQueue();
        queue.Add(Pod("a"));
        await FailAsync(queue);
        queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent("Node", ClusterEventAction.Add));
        Assert.Equal((0, 1, 0), queue.Counts);

        var pop = queue.PopAsync(CancellationToken.None);

        Assert.True(pop.IsCompletedSuccessfully);
        var info = await pop;
        Assert.Equal(("a", 2), (info.Pod.Metadata.Name, info.Attempts));
        Assert.Equal((0, 0, 0), queue.Counts);
    }

    [Fact]
    public async Task Active_pods_go_before_the_backoff_queue()
    {
        var queue = NewQueue();
        queue.Add(Pod("a", priority: 100));
        await FailAsync(queue);
        queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent("Node", ClusterEventAction.Add));
        queue.Add(Pod("b", priority: 1));

        Assert.Equal(["b", "a"], [await PopName(queue), await PopName(queue)]);
    }

    [Fact]
    public async Task A_waiting_pop_wakes_when_a_rejected_pod_enters_backoff()
    {
        var queue = NewQueue();
        queue.Add(Pod("a"));
        await FailAsync(queue);
        var pop = queue.PopAsync(CancellationToken.None);
        Assert.False(pop.IsCompleted);

        queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent("Node", ClusterEventAction.Add));

        Assert.Equal("a", (await pop.WaitAsync(TimeSpan.FromSeconds(10))).Pod.Metadata.Name);
    }

    [Fact]
    public async Task A_pod_that_failed_with_an_error_waits_out_its_backoff_even_when_nothing_else_is_queued()
    {
        var queue = NewQueue();
        queue.Add(Pod("a"));
        var info = await queue.PopAsync(CancellationToken.None);
        info.LastFailureWasError = true;
        queue.AddUnschedulableIfNotPresent(info, queue.SchedulingCycle);

        var pop = queue.PopAsync(CancellationToken.None);
        Assert.False(pop.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        queue.FlushBackoffCompleted();
        Assert.Equal("a", (await pop.WaitAsync(TimeSpan.FromSeconds(10))).Pod.Metadata.Name);
    }

    [Fact]
    public async Task An_event_after_the_backoff_moves_the_pod_straight_to_active()
    {
        var queue = NewQueue();
        queue.Add(Pod("a"));
        await FailAsync(queue);
        _time.Advance(TimeSpan.FromSeconds(2));

        queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent("Node", ClusterEventAction.Add));

        Assert.Equal((1, 0, 0), queue.Counts);
    }

    [Fact]
    public async Task Only_events_the_rejecting_plugin_registered_move_the_pod()
    {
        var queue = NewQueue(plugin => plugin == "Fit" ? [new ClusterEvent("Node", ClusterEventAction.Add | ClusterEventAction.UpdateNodeAllocatable)] : null);
        queue.Add(Pod("a"));
        await FailAsync(queue, "Fit");
        _time.Advance(TimeSpan.FromSeconds(2));

        queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent("Node", ClusterEventAction.UpdateNodeLabel));
        queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent("Pod", ClusterEventAction.Add));
        Assert.Equal((0, 0, 1), queue.Counts);

        queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent("Node", ClusterEventAction.UpdateNodeAllocatable));
        Assert.Equal((1, 0, 0), queue.Counts);
    }

    [Fact]
    public async Task A_pod_that_failed_after_a_move_request_in_its_cycle_goes_to_backoff_not_unschedulable()
    {
        var queue = NewQueue();
        queue.Add(Pod("a"));
        var info = await queue.PopAsync(CancellationToken.None);
        var cycle = queue.SchedulingCycle;

        queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent("Node", ClusterEventAction.Add));
        info.UnschedulablePlugins.Add("TestFilter");
        queue.AddUnschedulableIfNotPresent(info, cycle);

        Assert.Equal((0, 1, 0), queue.Counts);
    }

    [Fact]
    public async Task An_error_goes_to_backoff()
    {
        var queue = NewQueue();
        queue.Add(Pod("a"));
        var info = await queue.PopAsync(CancellationToken.None);

        info.LastFailureWasError = true;
        queue.AddUnschedulableIfNotPresent(info, queue.SchedulingCycle);

        Assert.Equal((0, 1, 0), queue.Counts);
    }

    [Fact]
    public async Task Unschedulable_pods_are_retried_after_five_minutes_without_events()
    {
        var queue = NewQueue();
        queue.Add(Pod("a"));
        await FailAsync(queue);

        _time.Advance(TimeSpan.FromMinutes(4));
        queue.FlushUnschedulableLeftover();
        Assert.Equal((0, 0, 1), queue.Counts);

        _time.Advance(TimeSpan.FromMinutes(1.1));
        queue.FlushUnschedulableLeftover();
        Assert.Equal((1, 0, 0), queue.Counts);
    }

    [Fact]
    public async Task An_update_replaces_the_queued_pod()
    {
        var queue = NewQueue();
        var old = Pod("a");
        queue.Add(old);
        var updated = Pod("a");
        updated.Metadata.Labels = new() { ["v"] = "2" };

        queue.Update(old, updated);

        Assert.Equal((1, 0, 0), queue.Counts);
        Assert.Equal("2", (await queue.PopAsync(CancellationToken.None)).Pod.Metadata.Labels!["v"]);
    }

    [Fact]
    public async Task A_spec_change_makes_an_unschedulable_pod_active_again()
    {
        var queue = NewQueue();
        var old = Pod("a");
        queue.Add(old);
        await FailAsync(queue);
        _time.Advance(TimeSpan.FromSeconds(2));
        var updated = Pod("a");
        updated.Spec.NodeSelector = new() { ["zone"] = "b" };

        queue.Update(old, updated);

        Assert.Equal((1, 0, 0), queue.Counts);
    }

    [Fact]
    public async Task A_status_only_change_leaves_an_unschedulable_pod_waiting()
    {
        var queue = NewQueue();
        var old = Pod("a");
        queue.Add(old);
        await FailAsync(queue);
        var updated = Pod("a");
        updated.Status.Conditions = [new PodCondition { Type = "PodScheduled", Status = "False" }];

        queue.Update(old, updated);

        Assert.Equal((0, 0, 1), queue.Counts);
    }

    [Fact]
    public async Task Delete_removes_the_pod_from_every_part()
    {
        var queue = NewQueue();
        queue.Add(Pod("active"));
        queue.Add(Pod("unschedulable", priority: 10));
        await FailAsync(queue);

        queue.Delete(Pod("active"));
        queue.Delete(Pod("unschedulable"));

        Assert.Equal((0, 0, 0), queue.Counts);
    }
}
