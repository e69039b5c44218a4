namespace Dotkube.Client.Events;

/// <summary>
/// How an <see cref="EventRecorder"/> reports and throttles events; validated when it is built.
/// The limits are client-go's tools/record defaults, so a dotkube component floods the API server
/// no more than its upstream counterpart.
/// </summary>
public sealed class EventRecorderOptions
{
    /// <summary>source.component and reportingComponent of every event, e.g. "deployment-controller". Required.</summary>
    public string Component { get; init; } = "";

    /// <summary>source.host and reportingInstance: the node or instance reporting. Defaults to "", as client-go when unset.</summary>
    public string Host { get; init; } = "";

    /// <summary>
    /// Defaults to 1000, as client-go's maxQueuedEvents: events waiting to be written. Recording never
    /// blocks; when the queue is full the new event is dropped and logged.
    /// </summary>
    public int QueueCapacity { get; init; } = 1000;

    /// <summary>Defaults to 12, as client-go's maxTriesPerEvent: writes tried while the API server is unreachable.</summary>
    public int MaxTriesPerEvent { get; init; } = 12;

    /// <summary>
    /// Defaults to 10 s, as client-go's defaultSleepDuration between write tries; the first wait is a
    /// random fraction of it, so clients do not retry in lockstep after an API server outage.
    /// </summary>
    public TimeSpan RetrySleep { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Defaults to 25, as client-go's defaultSpamBurst: events one source may report about one object at once.</summary>
    public int SpamBurst { get; init; } = 25;

    /// <summary>
    /// Defaults to 5 minutes, as client-go's defaultSpamQPS of 1/300: once the burst is spent, one more
    /// event per source and object per interval; the rest are dropped.
    /// </summary>
    public TimeSpan SpamRefillInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Defaults to 10, as client-go's defaultAggregateMaxEvents: the number of distinct messages for one
    /// source, object, type and reason after which they are combined into one
    /// "(combined from similar events): …" event.
    /// </summary>
    public int AggregateMaxEvents { get; init; } = 10;

    /// <summary>
    /// Defaults to 10 minutes, as client-go's defaultAggregateIntervalInSeconds: similar events further
    /// apart than this start a fresh count.
    /// </summary>
    public TimeSpan AggregateWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Defaults to 4096, as client-go's maxLruCacheEntries: the keys each correlation cache remembers.</summary>
    public int CacheSize { get; init; } = 4096;

    public void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(Component);
        ArgumentNullException.ThrowIfNull(Host);
        ArgumentOutOfRangeException.ThrowIfLessThan(QueueCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTriesPerEvent, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(RetrySleep, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(SpamBurst, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(SpamRefillInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(AggregateMaxEvents, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AggregateWindow, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(CacheSize, 1);
    }
}
