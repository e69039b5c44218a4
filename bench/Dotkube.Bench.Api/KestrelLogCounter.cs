using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Dotkube.Bench.Api;

/// <summary>
/// For <c>--trace</c>: counts the server's Kestrel log events by event name (connection aborts,
/// HTTP/2 errors, data-rate timeouts) instead of printing them, so a trace line can say what the
/// transport did during a stall.
/// </summary>
public sealed class KestrelLogCounter : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName);

    /// <summary>Counts since the previous call, most frequent first.</summary>
    public string Drain()
    {
        var snapshot = _counts.ToArray();
        foreach (var (key, value) in snapshot)
        {
            _counts.AddOrUpdate(key, 0, (_, n) => n - value);
        }

        var shown = snapshot.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value).Take(6).Select(kv => $"{kv.Key} x{kv.Value}");
        return "; kestrel log: " + (shown.Any() ? string.Join(", ", shown) : "-");
    }

    public void Dispose()
    {
    }

    private sealed class Counter(KestrelLogCounter owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => category.StartsWith("Microsoft.AspNetCore.Server.Kestrel", StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var name = string.IsNullOrEmpty(eventId.Name) ? eventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : eventId.Name;
                owner._counts.AddOrUpdate(name, 1, (_, n) => n + 1);
            }
        }
    }
}
