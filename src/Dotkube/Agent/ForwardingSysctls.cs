using Dotkube.Client.Host;
using Microsoft.Extensions.Logging;

namespace Dotkube.Agent;

/// <summary>
/// The kernel settings service traffic needs, set at agent start as k3s does: IPv4 forwarding (pods
/// reach services and the outside through the host), and br_netfilter with
/// <c>bridge-nf-call-iptables</c> so traffic between pods on the same bridge passes the nat table:
/// without it a reply from a service's pod to a client on the same bridge skips conntrack's
/// reverse DNAT and the client drops it.
/// </summary>
public sealed partial class ForwardingSysctls(string procSys, Func<CancellationToken, Task<HostToolResult>> loadBrNetfilter, ILogger logger)
{
    /// <summary>The settings and the value each needs, as k3s's agent sets them.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "net/ipv4/ip_forward",
        "net/bridge/bridge-nf-call-iptables",
        "net/bridge/bridge-nf-call-ip6tables",
    ];

    public static ForwardingSysctls ForHost(ILogger logger) =>
        new("/proc/sys", ct => HostTool.RunAsync("modprobe", ["br_netfilter"], null, ct), logger);

    /// <summary>Sets each key to 1 where it is not, logging every change; a key that cannot be set is logged and skipped.</summary>
    /// <returns>The keys changed.</returns>
    public async Task<IReadOnlyList<string>> EnsureAsync(CancellationToken ct)
    {
        if (!Directory.Exists(Path.Combine(procSys, "net", "bridge")))
        {
            var loaded = await loadBrNetfilter(ct);
            if (loaded.Succeeded)
            {
                LogModuleLoaded(logger, "br_netfilter");
            }
            else
            {
                LogModuleFailed(logger, "br_netfilter", loaded.Error);
            }
        }

        var changed = new List<string>();
        foreach (var key in Keys)
        {
            var path = Path.Combine(procSys, key);
            var name = key.Replace('/', '.');
            try
            {
                var current = (await File.ReadAllTextAsync(path, ct)).Trim();
                if (current == "1")
                {
                    continue;
                }

                await File.WriteAllTextAsync(path, "1", ct);
                changed.Add(key);
                LogSet(logger, name, current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                LogSetFailed(logger, name, e.Message);
            }
        }

        return changed;
    }
}
