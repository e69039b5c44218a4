using Dotkube.Client.Host;
using Dotkube.Kubelet.Linux;

namespace Dotkube.Kubelet.Cleanup;

public sealed partial class Uninstaller
{
    /// <summary>iptables-restore fails whole when a rule to delete is gone: a CNI plugin changed the table meanwhile. Read and plan again this often.</summary>
    private const int IptablesAttempts = 3;

    /// <summary>Unmounts and deletes the pod network namespaces; with their processes dead, the kernel frees them, and their veths leave the bridge.</summary>
    private Task RemoveNetworkNamespacesAsync(RuntimeLeftovers leftovers)
    {
        foreach (var netns in leftovers.NetworkNamespaces)
        {
            // Not mounted (a namespace whose pod stopped) is fine: EINVAL, and the file goes all the same.
            LibC.Unmount(netns, LibC.MntDetach);
            File.Delete(netns);
            Report($"removed network namespace {Path.GetFileName(netns)}");
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Deletes the bridge our conflist names, as k3s-killall deletes cni0, but only once no
    /// interface is left on it: another runtime's pods on a bridge of the same name keep it.
    /// </summary>
    private async Task RemoveBridgeAsync(RuntimeLeftovers leftovers, CancellationToken ct)
    {
        if (leftovers.Bridge is not { } bridge || !Directory.Exists($"/sys/class/net/{bridge}"))
        {
            return;
        }

        var ports = $"/sys/class/net/{bridge}/brif";
        // The veths of the namespaces just removed vanish as the kernel frees them, asynchronously.
        if (!await UntilAsync(() => !Directory.Exists(ports) || !Directory.EnumerateFileSystemEntries(ports).Any(), _options.KillTimeout, ct))
        {
            Report($"kept bridge {bridge}: other interfaces are still on it ({string.Join(", ", Directory.EnumerateFileSystemEntries(ports).Select(Path.GetFileName))})");
            return;
        }

        var deleted = await HostTool.RunAsync("ip", ["link", "delete", bridge], null, ct);
        if (deleted.Succeeded)
        {
            Report($"deleted bridge {bridge}");
        }
        else if (Directory.Exists($"/sys/class/net/{bridge}"))
        {
            Fail($"ip link delete {bridge}: {deleted.Error}");
        }
    }

    private async Task RemoveIptablesRulesAsync(string command, RuntimeLeftovers leftovers, CancellationToken ct)
    {
        var prefixes = OtherDotkubeRuns() ? [] : _options.ChainPrefixes;
        for (var attempt = 1; ; attempt++)
        {
            var saved = await HostTool.RunAsync(command + "-save", [], null, ct);
            if (saved.Missing)
            {
                return;
            }

            if (!saved.Succeeded)
            {
                Fail($"{command}-save: {saved.Error}");
                return;
            }

            var plans = IptablesCleanup.Plan(IptablesSave.Parse(saved.Stdout), leftovers.ContainerIds, prefixes);
            if (plans.Count == 0)
            {
                return;
            }

            var restored = await HostTool.RunAsync(command + "-restore", ["--noflush"], IptablesCleanup.RestoreInput(plans), ct);
            if (restored.Succeeded)
            {
                foreach (var plan in plans)
                {
                    Report($"{command} {plan.Table}: deleted {plan.DeletedRules.Count} rule(s)"
                           + (plan.RemovedChains.Count == 0 ? "" : $" and chain(s) {string.Join(' ', plan.RemovedChains)}"));
                }

                return;
            }

            if (attempt == IptablesAttempts)
            {
                Fail($"{command}-restore: {restored.Error}");
                return;
            }
        }
    }

    /// <summary>
    /// Whether a dotkube server or agent of another data dir runs a service proxy here: the KUBE- chains
    /// may be its. A server with --disable-agent or --disable-kube-proxy runs none.
    /// </summary>
    private bool OtherDotkubeRuns()
    {
        var ours = ProcessMatcher.Normalize(_options.DataDir);
        return HostProcess.All().Any(p => ProcessMatcher.DotkubeDataDir(p.Argv, p.WorkingDirectory, _options.DefaultDataDir) is { } dir && dir != ours
            && !p.Argv.Any(a => a is "--disable-agent" or "--disable-kube-proxy"));
    }
}
