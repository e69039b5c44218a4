using System.Collections.Concurrent;

namespace Dotkube.Scheduler.Runtime;

/// <summary>Keeps the metrics in memory (for tests, and until the Prometheus adapter is wired).</summary>
public sealed class InMemoryScheduleMetrics : IScheduleMetrics
{
    private readonly ConcurrentDictionary<(string Result, string Profile), long> _attempts = new();
    private readonly ConcurrentDictionary<string, int> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Result, string Profile, TimeSpan Duration)> _durations = new();

    public long Attempts(string result, string profile) => _attempts.GetValueOrDefault((result, profile));

    public int Pending(string queue) => _pending.GetValueOrDefault(queue);

    public IReadOnlyList<(string Result, string Profile, TimeSpan Duration)> Durations => [.. _durations];

    public void ScheduleAttempt(string result, string profile, TimeSpan duration)
    {
        _attempts.AddOrUpdate((result, profile), 1, (_, n) => n + 1);
        _durations.Enqueue((result, profile, duration));
    }

    public void PendingPods(string queue, int count) => _pending[queue] = count;
}
