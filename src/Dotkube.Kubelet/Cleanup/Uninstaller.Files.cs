using Dotkube.Kubelet.Linux;

namespace Dotkube.Kubelet.Cleanup;

public sealed partial class Uninstaller
{
    /// <summary>host-local's allocations (its containers are gone), and our pods' volume and log directories and cgroups.</summary>
    private Task RemovePodFilesAsync(RuntimeLeftovers leftovers)
    {
        if (Directory.Exists(_containerd.CniIpamDataDir))
        {
            Directory.Delete(_containerd.CniIpamDataDir, recursive: true);
            Report($"removed CNI IP allocations {_containerd.CniIpamDataDir}");
        }

        foreach (var uid in leftovers.Tasks.Select(t => t.PodUid).OfType<string>().Where(IsPlainName).Distinct(StringComparer.Ordinal))
        {
            var volumes = Path.Combine(_options.KubeletPodsDir, uid);
            if (Directory.Exists(volumes))
            {
                Mounts.UnmountUnder(volumes);
                Directory.Delete(volumes, recursive: true);
                Report($"removed {volumes}");
            }
        }

        var logsRoot = ProcessMatcher.Normalize(_options.PodLogsRoot);
        foreach (var logs in leftovers.Tasks.Select(t => t.LogDirectory).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            // Only a directory directly under the logs root, as the kubelet names them (NS_POD_UID).
            if (Path.IsPathFullyQualified(logs) && Path.GetDirectoryName(ProcessMatcher.Normalize(logs)) == logsRoot && Directory.Exists(logs))
            {
                Directory.Delete(logs, recursive: true);
                Report($"removed pod logs {logs}");
            }
        }

        RemoveCgroups(leftovers.Tasks.Select(t => t.CgroupsPath).OfType<string>());
        return Task.CompletedTask;
    }

    /// <summary>
    /// Each container's cgroup (cgroupfs paths such as /kubepods/besteffort/podUID/ID) in every
    /// cgroup hierarchy, then its parents while they are empty: rmdir fails on a cgroup with
    /// processes or children, so another agent's pods keep theirs.
    /// </summary>
    private void RemoveCgroups(IEnumerable<string> cgroupsPaths)
    {
        var paths = cgroupsPaths.Where(p => p.StartsWith('/') && !p.Contains("..", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        if (paths.Count == 0)
        {
            return;
        }

        var removed = 0;
        foreach (var hierarchy in CgroupHierarchies())
        {
            foreach (var path in paths)
            {
                for (var cgroup = path.TrimEnd('/'); cgroup.Length > 1; cgroup = Path.GetDirectoryName(cgroup)!)
                {
                    var directory = hierarchy + cgroup;
                    if (!Directory.Exists(directory))
                    {
                        continue;
                    }

                    try
                    {
                        Directory.Delete(directory);
                        removed++;
                    }
                    catch (IOException)
                    {
                        // Not empty: it holds someone else's cgroups.
                        break;
                    }
                }
            }
        }

        if (removed > 0)
        {
            Report($"removed {removed} pod cgroup(s)");
        }
    }

    /// <summary>Unmounts everything under the data dir, removes the runtime state there (as killall's /run/k3s) and, if asked, the data dir.</summary>
    private Task RemoveDataDirStateAsync()
    {
        var unmounted = Directory.Exists(_options.DataDir) ? Mounts.UnmountUnder(_options.DataDir) : [];
        if (unmounted.Count > 0)
        {
            Report($"unmounted {unmounted.Count} mount(s) under {_options.DataDir}");
        }

        if (Mounts.Under(_options.DataDir).Count > 0)
        {
            Fail($"still mounted under {_options.DataDir}: {string.Join(", ", Mounts.Under(_options.DataDir))}");
            return Task.CompletedTask;
        }

        if (_options.RemoveDataDir)
        {
            if (Directory.Exists(_options.DataDir))
            {
                Directory.Delete(_options.DataDir, recursive: true);
                Report($"removed {_options.DataDir}");
            }

            return Task.CompletedTask;
        }

        // The data (database, certificates, images) stays; what only a running node needs goes.
        var state = Path.GetDirectoryName(_containerd.StateDir)!;
        if (Directory.Exists(state))
        {
            Directory.Delete(state, recursive: true);
            Report($"removed runtime state {state}");
        }

        foreach (var pidFile in new[] { DotkubePidFile.ServerPath(_options.DataDir), DotkubePidFile.AgentPath(_options.DataDir) }.Where(File.Exists))
        {
            File.Delete(pidFile);
        }

        return Task.CompletedTask;
    }

    /// <summary>Mount points of the cgroup (v1, one per controller set) and cgroup2 hierarchies.</summary>
    private static IEnumerable<string> CgroupHierarchies() =>
        File.ReadLines("/proc/self/mountinfo")
            .Where(line => line.Split(" - ", 2) is [_, var rest] && rest.Split(' ')[0] is "cgroup" or "cgroup2")
            .Select(Mounts.MountPoint)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static bool IsPlainName(string name) => name.Length > 0 && name == Path.GetFileName(name) && name is not ("." or "..");
}
