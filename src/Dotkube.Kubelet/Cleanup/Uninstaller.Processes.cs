using Dotkube.Client.Host;
using Dotkube.Kubelet.Linux;

namespace Dotkube.Kubelet.Cleanup;

public sealed partial class Uninstaller
{
    private async Task StopDotkubeAsync(CancellationToken ct)
    {
        var dataDir = ProcessMatcher.Normalize(_options.DataDir);
        var fromPidFiles = PidsIn(dataDir);
        // Its command line names our data dir; or our pid file names it (a path spelled through a
        // symlink, a working directory we cannot read), unless its own data dir's pid file does:
        // then the pid was reused by another data dir's dotkube.
        var ours = HostProcess.All()
            .Where(p => p.Pid != Environment.ProcessId
                        && ProcessMatcher.DotkubeDataDir(p.Argv, p.WorkingDirectory, _options.DefaultDataDir) is { } dir
                        && (dir == dataDir || (fromPidFiles.Contains(p.Pid) && !PidsIn(dir).Contains(p.Pid))))
            .ToList();
        await StopAsync(ours, "dotkube", _options.ServerStopTimeout, ct);
    }

    private static HashSet<int> PidsIn(string dataDir) =>
        new[] { DotkubePidFile.ServerPath(dataDir), DotkubePidFile.AgentPath(dataDir) }.Select(DotkubePidFile.Read).OfType<int>().ToHashSet();

    private async Task StopContainerdAsync(CancellationToken ct)
    {
        // Its command line names our config file: that finds it with or without the supervisor's pid file.
        var ours = HostProcess.All().Where(p => ProcessMatcher.IsContainerd(p.Argv, _containerd.ConfigFile)).ToList();
        await StopAsync(ours, "containerd", _options.ContainerdStopTimeout, ct);
    }

    /// <summary>
    /// runc deletes each container with --force (SIGKILL to every process in its cgroup, then
    /// the cgroup and runc's state); whatever still runs under our shims is killed, then the
    /// shims, which with containerd gone have nobody to report to.
    /// </summary>
    private async Task StopContainersAsync(RuntimeLeftovers leftovers, CancellationToken ct)
    {
        foreach (var container in leftovers.Containers)
        {
            var deleted = await HostTool.RunAsync(_options.RuncPath, ["--root", container.Root, "delete", "--force", container.Id], null, ct);
            if (deleted.Succeeded)
            {
                Report($"removed container {container.Id}");
            }
            else
            {
                // Not fatal: its processes are the shims' children, killed below.
                Report($"runc could not delete container {container.Id}: {deleted.Error}");
            }
        }

        var shims = HostProcess.All().Where(p => ProcessMatcher.IsShim(p.Argv, _containerd.Socket)).ToList();
        var shimPids = shims.Select(s => s.Pid).ToHashSet();
        var orphans = HostProcess.All().Where(p => shimPids.Contains(p.ParentPid)).ToList();
        await StopAsync(orphans, "container process", TimeSpan.Zero, ct);
        await StopAsync(shims, "containerd shim", TimeSpan.Zero, ct);
    }

    /// <summary>SIGTERM (unless <paramref name="grace"/> is zero), SIGKILL to whatever still runs after it, and a wait until all are gone.</summary>
    private async Task StopAsync(IReadOnlyList<HostProcess> processes, string what, TimeSpan grace, CancellationToken ct)
    {
        if (processes.Count == 0)
        {
            return;
        }

        var pids = processes.Select(p => p.Pid).ToList();
        if (grace > TimeSpan.Zero)
        {
            pids.ForEach(pid => Processes.Terminate(pid));
            await UntilAsync(() => !pids.Any(Processes.IsAlive), grace, ct);
        }

        var killed = pids.Where(Processes.IsAlive).ToHashSet();
        foreach (var pid in killed)
        {
            Processes.ForceKill(pid);
        }

        if (!await UntilAsync(() => !pids.Any(Processes.IsAlive), _options.KillTimeout, ct))
        {
            Fail($"{what} {string.Join(", ", pids.Where(Processes.IsAlive))} still running after SIGKILL");
        }

        foreach (var process in processes)
        {
            Report(killed.Contains(process.Pid) ? $"killed {what} (pid {process.Pid})" : $"stopped {what} (pid {process.Pid})");
        }
    }
}
