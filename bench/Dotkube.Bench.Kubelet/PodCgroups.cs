namespace Dotkube.Bench.Kubelet;

/// <summary>
/// The pod-level cgroups (/kubepods[/besteffort|/burstable]/pod&lt;uid&gt;) the run's pods leave
/// behind: runc removes each container's cgroup, but neither the agent nor `dotkube uninstall`
/// removes the pod's own (upstream's kubelet does when the pod goes). Empty directories by then, so
/// rmdir removes them.
/// </summary>
public static class PodCgroups
{
    private const string Root = "/sys/fs/cgroup";

    /// <summary>Removes the pod cgroups of <paramref name="uids"/> in every hierarchy (cgroup v1 controllers or v2); returns how many went.</summary>
    public static int Remove(IEnumerable<string> uids)
    {
        var hierarchies = File.Exists(Path.Combine(Root, "cgroup.controllers"))
            ? [Root]
            : Directory.EnumerateDirectories(Root).Where(d => new DirectoryInfo(d).LinkTarget is null).ToList();
        var removed = 0;
        foreach (var uid in uids)
        {
            foreach (var hierarchy in hierarchies)
            {
                foreach (var qos in (string[])["", "besteffort", "burstable"])
                {
                    var dir = Path.Combine(hierarchy, "kubepods", qos, "pod" + uid);
                    if (!Directory.Exists(dir))
                        continue;
                    try
                    {
                        Directory.Delete(dir); // rmdir: a cgroup dir goes with its pseudo files
                        removed++;
                    }
                    catch (IOException e)
                    {
                        Console.Error.WriteLine($"could not remove cgroup {dir}: {e.Message}");
                    }
                }
            }
        }

        return removed;
    }
}
