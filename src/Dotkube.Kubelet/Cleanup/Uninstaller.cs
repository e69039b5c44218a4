using Dotkube.Kubelet.Containerd;

namespace Dotkube.Kubelet.Cleanup;

/// <summary>
/// k3s-killall.sh and k3s-uninstall.sh as one idempotent step for one data dir, in order:
/// <list type="number">
/// <item>the data dir's <c>dotkube server</c>/<c>agent</c> (pid file or command line): SIGTERM, SIGKILL after a grace;</item>
/// <item>its containerd (pid file or <c>--config</c>), likewise;</item>
/// <item>its containers (<c>runc delete --force</c> in our runc root), what is left under its shims, then the shims;</item>
/// <item>the pod network: the network namespaces containerd mounted, the bridge our conflist
/// names (when no other interface is on it), the iptables rules and chains of our containers
/// (<see cref="IptablesCleanup"/>) and host-local's allocations;</item>
/// <item>our pods' directories under /var/lib/kubelet/pods and /var/log/pods and their cgroups;</item>
/// <item>every mount under the data dir, the runtime state under it (as killall's /run/k3s), and
/// with <see cref="UninstallOptions.RemoveDataDir"/> the data dir itself.</item>
/// </list>
/// Only what this data dir's processes and files identify as ours is touched: a system
/// containerd, other agents' shims and other runtimes' pods are left alone. Each step reports
/// what it did; a failed step is recorded and the next ones still run.
/// </summary>
public sealed partial class Uninstaller
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly UninstallOptions _options;
    private readonly ContainerdOptions _containerd;
    private readonly Action<string> _report;
    private readonly TimeProvider _time;
    private readonly List<string> _failures = [];

    public Uninstaller(UninstallOptions options, Action<string> report, TimeProvider time)
    {
        options.Validate();
        _options = options;
        _containerd = options.Containerd;
        _report = report;
        _time = time;
    }

    /// <summary>Runs every step and returns the failures (empty when the host is clean).</summary>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken ct)
    {
        await StepAsync("stopping dotkube", () => StopDotkubeAsync(ct));
        // After dotkube stopped (it no longer starts anything) and before containerd and the
        // containers go, taking the bundles and runc state that identify them along.
        RuntimeLeftovers leftovers;
        try
        {
            leftovers = RuntimeLeftovers.Scan(_containerd);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without them containers and namespaces cannot be named; processes, mounts and files still go.
            Fail($"reading the runtime's state: {e.Message}");
            leftovers = RuntimeLeftovers.None;
        }

        await StepAsync("stopping containerd", () => StopContainerdAsync(ct));
        await StepAsync("stopping containers", () => StopContainersAsync(leftovers, ct));
        await StepAsync("removing network namespaces", () => RemoveNetworkNamespacesAsync(leftovers));
        await StepAsync("removing the bridge", () => RemoveBridgeAsync(leftovers, ct));
        foreach (var command in _options.IptablesCommands)
        {
            await StepAsync($"removing {command} rules", () => RemoveIptablesRulesAsync(command, leftovers, ct));
        }

        await StepAsync("removing pod files", () => RemovePodFilesAsync(leftovers));
        await StepAsync("removing the data dir's mounts and state", RemoveDataDirStateAsync);
        return _failures;
    }

    private async Task StepAsync(string what, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Fail($"{what}: {e.Message}");
        }
    }

    private void Report(string line) => _report(line);

    private void Fail(string line)
    {
        _failures.Add(line);
        _report("error: " + line);
    }

    /// <summary>Polls <paramref name="done"/> until it holds or <paramref name="timeout"/> passes; true when it held.</summary>
    private async Task<bool> UntilAsync(Func<bool> done, TimeSpan timeout, CancellationToken ct)
    {
        var since = _time.GetTimestamp();
        while (!done())
        {
            if (_time.GetElapsedTime(since) > timeout)
            {
                return false;
            }

            await Task.Delay(PollInterval, _time, ct);
        }

        return true;
    }
}
