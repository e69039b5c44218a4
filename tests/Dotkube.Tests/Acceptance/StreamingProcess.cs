using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace Dotkube.Tests.Acceptance;

/// <summary>
/// A running command whose stdout lines arrive as they are printed, for kubectl get -w and
/// kubectl wait: tests wait for a given line, act, and wait for the next. Disposing ends the
/// process (this one only, by its handle) if it is still running.
/// </summary>
public sealed class StreamingProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _seen = [];
    private readonly StringBuilder _stderr = new();
    private readonly Task _pump;

    internal StreamingProcess(Process process, string commandLine)
    {
        _process = process;
        CommandLine = commandLine;
        _pump = Task.WhenAll(PumpStdoutAsync(), PumpStderrAsync());
    }

    public string CommandLine { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Every stdout line read so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    /// <summary>Reads lines until one matches; fails the test with everything seen on timeout or exit.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, string what, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (await _lines.Reader.WaitToReadAsync(cts.Token))
            {
                while (_lines.Reader.TryRead(out var line))
                {
                    if (match(line))
                    {
                        return line;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            Assert.Fail($"timed out after {timeout.TotalSeconds} s waiting for {what}\n{Describe()}");
        }

        Assert.Fail($"the command ended before printing {what}\n{Describe()}");
        return "";
    }

    /// <summary>Waits for the process to exit by itself and returns its result.</summary>
    public async Task<ToolResult> WaitForExitAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the command did not exit within {timeout.TotalSeconds} s\n{Describe()}");
        }

        await _pump;
        return new ToolResult(CommandLine, _process.ExitCode, string.Join("", Lines.Select(l => l + "\n")), Stderr(), false, clock.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await _pump;
        _process.Dispose();
    }

    private string Describe() =>
        $"$ {CommandLine}\n--- stdout so far\n{string.Join('\n', Lines)}\n--- stderr so far\n{Stderr()}";

    private string Stderr()
    {
        lock (_stderr)
        {
            return _stderr.ToString();
        }
    }

    private async Task PumpStdoutAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            lock (_seen)
            {
                _seen.Add(line);
            }

            _lines.Writer.TryWrite(line);
        }

        _lines.Writer.TryComplete();
    }

    private async Task PumpStderrAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
        {
            lock (_stderr)
            {
                _stderr.AppendLine(line);
            }
        }
    }
}
