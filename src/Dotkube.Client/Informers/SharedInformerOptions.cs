namespace Dotkube.Client.Informers;

/// <summary>How a <see cref="SharedInformer{T}"/> lists, watches and retries; validated when the informer is built.</summary>
public sealed record SharedInformerOptions
{
    /// <summary>
    /// Defaults to off (zero), as client-go's factories built with resync 0. When set, every cached
    /// object is redelivered as an update (old and new the same instance) this often, so handlers
    /// that missed acting on something get another chance; level-based controllers rarely need it.
    /// </summary>
    public TimeSpan ResyncPeriod { get; init; } = TimeSpan.Zero;

    /// <summary>Defaults to 500, as client-go's pager (defaultPageSize): big lists come in pages, not one huge answer.</summary>
    public int PageSize { get; init; } = 500;

    /// <summary>
    /// Defaults to null: each watch asks the server to end it after a random time in [5, 10) minutes,
    /// as client-go's reflector (minWatchTimeout × (1 + rand)), which spreads reconnections of many
    /// clients over time. Set it (whole seconds) only to make tests rewatch quickly.
    /// </summary>
    public TimeSpan? WatchTimeout { get; init; }

    /// <summary>Defaults to 800 ms, as client-go's reflector backoff manager: the first wait after a failed list or watch.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(800);

    /// <summary>Defaults to 30 s, as client-go's reflector backoff manager: the doubling waits stop growing here.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    public void Validate()
    {
        if (ResyncPeriod < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(ResyncPeriod), ResyncPeriod, "Resync period cannot be negative (zero turns resync off).");
        if (PageSize < 1)
            throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, "Page size must be positive.");
        if (WatchTimeout is { } timeout && timeout < TimeSpan.FromSeconds(1))
            throw new ArgumentOutOfRangeException(nameof(WatchTimeout), timeout, "Watch timeout must be at least one second.");
        if (InitialBackoff <= TimeSpan.Zero || MaxBackoff < InitialBackoff)
            throw new ArgumentOutOfRangeException(nameof(MaxBackoff), MaxBackoff, "Backoff needs 0 < InitialBackoff <= MaxBackoff.");
    }
}
