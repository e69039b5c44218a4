using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Dotkube.ApiServer.Logging;

/// <summary>
/// Console lines in klog's header format, so tooling that reads Kubernetes component logs reads
/// ours: <c>I1122 09:26:45.123456   12345 category] message</c> (level letter I/W/E/F, month-day,
/// time with microseconds, process id, the source, then the message).
/// </summary>
public sealed class KlogFormatter : ConsoleFormatter
{
    public const string FormatterName = "klog";

    private static readonly int ProcessId = Environment.ProcessId;
    private readonly TimeProvider _time;

    public KlogFormatter()
        : this(TimeProvider.System)
    {
    }

    public KlogFormatter(TimeProvider time)
        : base(FormatterName) => _time = time;

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        var level = logEntry.LogLevel switch
        {
            LogLevel.Critical => 'F',
            LogLevel.Error => 'E',
            LogLevel.Warning => 'W',
            _ => 'I',
        };
        var now = _time.GetUtcNow();
        var source = logEntry.Category[(logEntry.Category.LastIndexOf('.') + 1)..];
        textWriter.Write($"{level}{now:MMdd HH:mm:ss.ffffff} {ProcessId,7} {source}] {message}");
        if (logEntry.Exception is not null)
        {
            textWriter.Write($" err=\"{logEntry.Exception.Message}\"");
        }

        textWriter.Write('\n');
    }

    /// <summary>Logging that writes klog lines to stderr, with framework chatter kept to warnings.</summary>
    public static void Configure(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddConsole(o =>
        {
            o.FormatterName = FormatterName;
            o.LogToStandardErrorThreshold = LogLevel.Trace;
        });
        logging.AddConsoleFormatter<KlogFormatter, ConsoleFormatterOptions>();
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("System", LogLevel.Warning);
    }
}
