using System.Globalization;

namespace Dotkube.Bench.Shared;

/// <summary>
/// Options every benchmark that runs the dotkube binary takes (<c>--quick</c>, <c>--timeout</c> and
/// the server's), and the argument reading they share; each benchmark's own options class derives
/// from it and passes unknown arguments here.
/// </summary>
public abstract class ServerBenchOptions
{
    /// <summary>The shared options' usage, for a benchmark's usage line.</summary>
    public const string CommonUsage = "[--quick] [--timeout SECONDS] [--dotkube PATH] [--server-log FILE] [--server-arg ARG]...";

    private TimeSpan? _timeout;

    /// <summary>A smoke run (<c>--quick</c>): the benchmark's small sizes and <see cref="QuickTimeout"/>; explicit counts still win.</summary>
    public bool Quick { get; private set; }

    /// <summary>Give up waiting for the run's goal after this long: <c>--timeout SECONDS</c>, else <see cref="FullTimeout"/> or <see cref="QuickTimeout"/>.</summary>
    public TimeSpan Timeout => _timeout ?? (Quick ? QuickTimeout : FullTimeout);

    protected abstract TimeSpan FullTimeout { get; }

    protected abstract TimeSpan QuickTimeout { get; }

    /// <summary>The dotkube.dll to run; null finds the one built beside this benchmark (bin/Dotkube/&lt;config&gt;/).</summary>
    public string? DotkubeDll { get; set; }

    /// <summary>Also write everything the server prints to this file (<c>--server-log</c>). Defaults to none.</summary>
    public string? ServerLog { get; set; }

    /// <summary>Extra <c>dotkube server</c> arguments (<c>--server-arg</c>, repeatable), e.g. a --kube-controller-manager-arg.</summary>
    public List<string> ServerArguments { get; } = [];

    /// <summary>The dotkube.dll to run: <see cref="DotkubeDll"/> or the one of the same build.</summary>
    public string Dll => DotkubeDll ?? DotkubeServer.BuiltBinary();

    /// <summary>Reads <c>args[i]</c> when it is a shared option (moving <paramref name="i"/> past its value); false when it is not one.</summary>
    protected bool TryParseCommonOption(string[] args, ref int i)
    {
        switch (args[i])
        {
            case "--quick":
                Quick = true;
                return true;
            case "--timeout":
                _timeout = TimeSpan.FromSeconds(Int(args, ref i));
                return true;
            case "--dotkube":
                DotkubeDll = Path.GetFullPath(Next(args, ref i));
                return true;
            case "--server-log":
                ServerLog = Path.GetFullPath(Next(args, ref i));
                return true;
            case "--server-arg":
                ServerArguments.Add(Next(args, ref i));
                return true;
            default:
                return false;
        }
    }

    protected static int Int(string[] args, ref int i) => int.Parse(Next(args, ref i), CultureInfo.InvariantCulture);

    protected static string Next(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
}
