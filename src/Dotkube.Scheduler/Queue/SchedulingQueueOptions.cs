using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Queue;

/// <summary>Settings of <see cref="SchedulingQueue"/>, defaults as upstream's PriorityQueue.</summary>
public sealed class SchedulingQueueOptions
{
    /// <summary>Defaults to 1 s, as upstream podInitialBackoffSeconds; doubles with every attempt.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Defaults to 10 s, as upstream podMaxBackoffSeconds.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Defaults to 5 min, as upstream podMaxInUnschedulablePodsDuration: an unschedulable pod is retried at least this often.</summary>
    public TimeSpan MaxInUnschedulable { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often backoff is checked for pods whose backoff is over; 1 s as upstream.</summary>
    public TimeSpan BackoffFlushInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the unschedulable pods are checked for <see cref="MaxInUnschedulable"/>; 30 s as upstream.</summary>
    public TimeSpan UnschedulableFlushInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The events a plugin registered through <see cref="IEnqueueExtensions"/>, or null when it did
    /// not (then every event may help the pods it rejected, as upstream assumes).
    /// </summary>
    public Func<string, IReadOnlyList<ClusterEvent>?> EventsOfPlugin { get; init; } = _ => null;

    /// <summary>
    /// The pod's profile's preEnqueue plugins (<see cref="Runtime.ProfileRunner.RunPreEnqueue"/>):
    /// run whenever the pod would enter the active or backoff queue; a non-success status, naming
    /// its plugin, keeps the pod gated. Defaults to letting every pod in.
    /// </summary>
    public Func<Api.Core.V1.Pod, Status> PreEnqueue { get; init; } = _ => Status.Success;
}
