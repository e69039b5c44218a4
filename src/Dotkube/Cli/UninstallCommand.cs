using System.CommandLine;
using Dotkube.ApiServer;
using Dotkube.Kubelet.Cleanup;

namespace Dotkube.Cli;

/// <summary>
/// <c>dotkube uninstall [--data-dir DIR]</c>: k3s-killall.sh and k3s-uninstall.sh in one command
/// (<see cref="Uninstaller"/>): stops the data dir's server or agent, its containerd, shims and
/// containers, removes the pod network (namespaces, bridge, iptables rules, IP allocations),
/// our pods' files and every mount under the data dir. The data dir itself is removed only when
/// named with --data-dir, so a bare <c>dotkube uninstall</c> never deletes a cluster's database.
/// Idempotent: on a clean machine it does nothing and exits 0.
/// </summary>
public static class UninstallCommand
{
    public static Command Create()
    {
        var dataDir = new Option<string?>("--data-dir", "-d")
        {
            Description = $"The data dir to clean up and then remove (default: {new ApiServerOptions().DataDir}, cleaned up but kept)",
        };
        var command = new Command("uninstall", "Stop everything dotkube started for a data dir and remove what it created") { dataDir };
        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (!Environment.IsPrivilegedProcess)
            {
                await error.WriteLineAsync("dotkube uninstall: must run as root (it stops containers and removes network interfaces, iptables rules and mounts)");
                return 1;
            }

            var defaultDataDir = new ApiServerOptions().DataDir;
            Uninstaller uninstaller;
            try
            {
                var given = result.GetValue(dataDir);
                uninstaller = new Uninstaller(new UninstallOptions
                {
                    DataDir = Path.GetFullPath(given ?? defaultDataDir),
                    DefaultDataDir = defaultDataDir,
                    RemoveDataDir = given is not null,
                }, output.WriteLine, TimeProvider.System);
            }
            catch (ArgumentException e)
            {
                await error.WriteLineAsync($"dotkube uninstall: {e.Message}");
                return 1;
            }

            var failures = await uninstaller.RunAsync(ct);
            await output.WriteLineAsync(failures.Count == 0 ? "dotkube uninstall: done" : $"dotkube uninstall: {failures.Count} step(s) failed");
            return failures.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
