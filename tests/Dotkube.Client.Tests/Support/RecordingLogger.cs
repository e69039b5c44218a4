using Microsoft.Extensions.Logging;

namespace Dotkube.Client.Tests.Support;

/// <summary>Keeps every log entry with the text of the scopes open when it was written.</summary>
public sealed class RecordingLogger : ILogger
{
    private readonly AsyncLocal<ImmutableScope?> _scope = new();
    private readonly Lock _lock = new();
    private readonly List<Entry> _entries = [];

    public IReadOnlyList<Entry> Entries
    {
        get { lock (_lock) return [.. _entries]; }
    }

    public IDisposable BeginScope<TState>(TState state) where TState : notnull
    {
        var scope = new ImmutableScope(state.ToString() ?? "", _scope.Value, this);
        _scope.Value = scope;
        return scope;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var scopes = new List<string>();
        for (var s = _scope.Value; s is not null; s = s.Parent)
            scopes.Insert(0, s.Text);
        lock (_lock) _entries.Add(new Entry(logLevel, formatter(state, exception), exception, scopes));
    }

    public sealed record Entry(LogLevel Level, string Message, Exception? Exception, IReadOnlyList<string> Scopes);

    private sealed class ImmutableScope(string text, ImmutableScope? parent, RecordingLogger owner) : IDisposable
    {
        public string Text => text;

        public ImmutableScope? Parent => parent;

        public void Dispose() => owner._scope.Value = parent;
    }
}
