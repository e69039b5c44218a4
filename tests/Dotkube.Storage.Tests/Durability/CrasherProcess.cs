using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Dotkube.Storage.Crasher;

namespace Dotkube.Storage.Tests.Durability;

/// <summary>
/// One run of Dotkube.Storage.Crasher on a database. Collects the acknowledgements it prints;
/// disposing kills it, so a failed assertion never leaves a child writing behind the test.
/// </summary>
public sealed class CrasherProcess : IDisposable
{
    // A process killed by signal N reports exit code 128 + N on Linux.
    private const int SigKilledExitCode = 128 + 9;
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);
    private readonly Process _process;
    private readonly ConcurrentQueue<Acknowledgement> _acknowledgements = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _stdout;
    private readonly Task<string> _stderr;

    private CrasherProcess(Process process)
    {
        _process = process;
        _stdout = Task.Run(ReadAcknowledgementsAsync);
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public IReadOnlyCollection<Acknowledgement> Acknowledgements => _acknowledgements;

    /// <summary>The process id the child reported once its store was open (0 until then).</summary>
    public int WriterProcessId { get; private set; }

    /// <param name="historyRevisions">Compact continuously down to this many revisions; null keeps the store's defaults.</param>
    public static CrasherProcess Start(string databasePath, int keys, int writers, int seed, long? historyRevisions = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            CrasherAssembly(), databasePath, keys.ToString(CultureInfo.InvariantCulture),
            writers.ToString(CultureInfo.InvariantCulture), seed.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (historyRevisions is { } history)
        {
            start.ArgumentList.Add(history.ToString(CultureInfo.InvariantCulture));
        }

        return new CrasherProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the crasher"));
    }

    /// <summary>Completes once the child opened the store and starts writing; fails if it exits first.</summary>
    /// <summary>
    /// Waits for the first acknowledged write, so a kill moment measured from here always lands
    /// while writes are flowing, however slowly a loaded machine starts the child's writers.
    /// </summary>
    public async Task WaitForFirstAcknowledgementAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (_acknowledgements.IsEmpty)
        {
            Assert.True(deadline.Elapsed < timeout, $"the child acknowledged no write within {timeout.TotalSeconds} s");
            await Task.Delay(5);
        }
    }

    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var finished = await Task.WhenAny(_ready.Task, _stdout, Task.Delay(timeout));
        if (finished != _ready.Task)
        {
            throw new InvalidOperationException($"the crasher did not start writing within {timeout}: {await StderrAsync()}");
        }
    }

    /// <summary>
    /// SIGKILL to the process that owns the store, then wait (bounded) until it is gone and every
    /// line it printed is read. Plain <see cref="Process.Kill()"/> is SIGKILL on Linux; the tree
    /// variant would SIGSTOP first, and the child has no children of its own.
    /// </summary>
    public async Task KillAsync()
    {
        // The failure message is built only on failure: it awaits stderr, which stays open (and
        // would hold this call for ExitTimeout while the child kept writing) as long as the child lives.
        if (_process.HasExited)
        {
            Assert.Fail($"the crasher exited on its own (code {_process.ExitCode}): {await StderrAsync()}");
        }

        Assert.True(WriterProcessId == _process.Id,
            $"the store is open in process {WriterProcessId}, but the test started {_process.Id}");
        _process.Kill();
        using var timeout = new CancellationTokenSource(ExitTimeout);
        await _process.WaitForExitAsync(timeout.Token);
        await _stdout.WaitAsync(timeout.Token);
        Assert.True(_process.ExitCode == SigKilledExitCode,
            $"the crasher ended with code {_process.ExitCode}, not by SIGKILL: {await StderrAsync()}");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(ExitTimeout);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task ReadAcknowledgementsAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (Handshake.TryParseReady(line) is { } processId)
            {
                WriterProcessId = processId;
                _ready.TrySetResult();
            }
            else if (Acknowledgement.TryParse(line) is { } acknowledgement)
            {
                _acknowledgements.Enqueue(acknowledgement);
            }

            // Anything else is the torn last line of a killed child: it was never a complete promise.
        }
    }

    private async Task<string> StderrAsync() =>
        await Task.WhenAny(_stderr, Task.Delay(ExitTimeout)) == _stderr ? await _stderr : "(stderr still open)";

    /// <summary>The dotnet host running this test (set by the CLI), so the child uses the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>
    /// The crasher's dll beside the tests (the project reference copies it); failing that, its own
    /// output folder in the artifacts layout (artifacts/bin/&lt;project&gt;/&lt;pivot&gt;/), which
    /// holds for every configuration and any ArtifactsPath because both projects share the pivot.
    /// </summary>
    private static string CrasherAssembly()
    {
        const string name = "Dotkube.Storage.Crasher";
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var besideTests = Path.Combine(here, name + ".dll");
        if (File.Exists(besideTests) && File.Exists(Path.Combine(here, name + ".runtimeconfig.json")))
        {
            return besideTests;
        }

        var pivot = Path.GetFileName(here);
        var projects = Path.GetDirectoryName(Path.GetDirectoryName(here))!;
        var ownOutput = Path.Combine(projects, name, pivot, name + ".dll");
        return File.Exists(ownOutput)
            ? ownOutput
            : throw new FileNotFoundException($"build {name} first: looked in {here} and {ownOutput}");
    }
}
