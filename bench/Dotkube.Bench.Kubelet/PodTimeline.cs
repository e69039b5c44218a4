namespace Dotkube.Bench.Kubelet;

/// <summary>
/// What happened to one measured pod, as offsets on the run's clock: the create sent and answered,
/// then what the watch showed first: bound to the node, the kubelet's first status, Running
/// (phase Running with every container running) and Ready. Null until seen.
/// </summary>
public sealed class PodTimeline(string name)
{
    public string Name { get; } = name;

    /// <summary>metadata.uid, once the watch showed the pod.</summary>
    public string? Uid { get; set; }

    /// <summary>When the create was due and sent (open loop: the due time).</summary>
    public TimeSpan CreateSent { get; set; }

    /// <summary>Wall clock of <see cref="CreateSent"/>, to line up with the server log's timestamps.</summary>
    public DateTimeOffset CreateSentWall { get; set; }

    public TimeSpan? CreateAnswered { get; set; }

    public TimeSpan? Bound { get; set; }

    /// <summary>The first status with a hostIP: the kubelet's first write.</summary>
    public TimeSpan? FirstKubeletStatus { get; set; }

    public TimeSpan? Running { get; set; }

    public TimeSpan? Ready { get; set; }

    /// <summary>status.startTime as the kubelet set it (seconds resolution), for the record.</summary>
    public DateTimeOffset? StartTime { get; set; }
}
