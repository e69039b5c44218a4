using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Containerd;

/// <summary>
/// Runs the agent's own containerd as a child process: writes its config, starts
/// <c>containerd --config FILE</c>, logs its output, waits until CRI answers Version, restarts it
/// with backoff when it dies, and on stop sends SIGTERM, then SIGKILL after
/// <see cref="ContainerdOptions.StopTimeout"/>.
/// <para>
/// Containers survive all of this: containerd-shim-runc-v2 daemonizes into its own process group
/// with /dev/null for stdio (checked with containerd 1.6), the shims hold the containers, and a
/// new containerd reconnects to them from its state dir. So only containerd's own pid is ever
/// signalled, never a group or tree. A containerd left running by an agent that was killed is
/// found through the pid file and stopped before ours starts, since two containerds cannot share
/// a root.
/// </para>
/// </summary>
public sealed partial class ContainerdSupervisor : IAsyncDisposable
{
    private readonly ContainerdOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stopping = new();
    private Process? _process;
    private Task _monitor = Task.CompletedTask;
    private int _stopped;

    public ContainerdSupervisor(ContainerdOptions options, ILogger<ContainerdSupervisor> logger, TimeProvider time)
    {
        if (options.ContainerRuntimeEndpoint is not null)
        {
            throw new ArgumentException("an external container runtime endpoint needs no supervisor", nameof(options));
        }

        _options = options;
        _logger = logger;
        _time = time;
    }

    /// <summary>The CRI endpoint of the supervised containerd: <c>unix://DATA/run/containerd/containerd.sock</c>.</summary>
    public string Endpoint => "unix://" + _options.Socket;

    /// <summary>The snapshotter chosen at start (overlayfs or native).</summary>
    public string Snapshotter { get; private set; } = "";

    /// <summary>The pid of the running containerd, or null between a crash and its restart.</summary>
    public int? ProcessId => _process is { HasExited: false } process ? process.Id : null;

    /// <summary>How many times containerd was restarted after dying.</summary>
    public int Restarts { get; private set; }

    /// <summary>Starts containerd and returns once it answers CRI; then keeps it running until <see cref="StopAsync"/>.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _options.Validate();
        foreach (var directory in new[] { _options.RootDir, _options.StateDir, _options.CniConfDir, _options.RuncRoot,
                     Path.GetDirectoryName(_options.ConfigFile)!, Path.GetDirectoryName(_options.PidFile)! })
        {
            Directory.CreateDirectory(directory);
        }

        await StopLeftoverAsync(cancellationToken);
        Snapshotter = Snapshotters.Choose(_options);
        WriteConfig(ContainerdConfig.Render(_options, Snapshotter));
        LogConfigured(_logger, _options.ConfigFile, Snapshotter, _options.SandboxImage);
        _process = await LaunchAsync(cancellationToken);
        _monitor = MonitorAsync(_stopping.Token);
    }

    /// <summary>Stops containerd (SIGTERM, then SIGKILL after the stop timeout) and stops restarting it. Running containers are left alone.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _monitor;
        if (_process is { } process)
        {
            await TerminateAsync(process);
            process.Dispose();
            _process = null;
        }

        if (File.Exists(_options.PidFile))
        {
            File.Delete(_options.PidFile);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    private void WriteConfig(string toml)
    {
        // Write then rename, so a crash never leaves containerd a half-written config.
        var temporary = _options.ConfigFile + ".tmp";
        File.WriteAllText(temporary, toml);
        File.Move(temporary, _options.ConfigFile, overwrite: true);
    }
}
