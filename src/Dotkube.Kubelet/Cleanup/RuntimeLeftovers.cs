using System.Text.Json;
using System.Text.Json.Nodes;
using Dotkube.Kubelet.Containerd;
using Dotkube.Kubelet.Network;

namespace Dotkube.Kubelet.Cleanup;

/// <summary>A container task our containerd left a bundle for (its OCI config.json), with what the CRI plugin wrote into it.</summary>
public sealed record LeftoverTask(string Namespace, string Id, string? SandboxId, string? PodUid, string? LogDirectory, string? CgroupsPath);

/// <summary>A runc container in our runc root: <c>runc --root ROOT delete --force ID</c> removes it.</summary>
public sealed record LeftoverContainer(string Root, string Id);

/// <summary>
/// What our containerd, runc and CNI left on the host, read from their state under the agent's
/// data dir (never from a containerd, which may be gone): task bundles, runc containers, the
/// network namespaces containerd mounted (netns_mounts_under_state_dir), host-local's
/// allocations and the bridge our conflist names. Read before anything is killed, as runc's and
/// the bundles' state goes with the containers.
/// </summary>
public sealed class RuntimeLeftovers
{
    private const string TaskDir = "io.containerd.runtime.v2.task";
    private const string CriStateDir = "io.containerd.grpc.v1.cri";

    /// <summary>Nothing known: what uninstall goes on with when the state cannot be read.</summary>
    public static RuntimeLeftovers None => new();

    public IReadOnlyList<LeftoverTask> Tasks { get; private init; } = [];

    public IReadOnlyList<LeftoverContainer> Containers { get; private init; } = [];

    /// <summary>Network namespace files (bind mounts of nsfs) under containerd's CRI state dir.</summary>
    public IReadOnlyList<string> NetworkNamespaces { get; private init; } = [];

    /// <summary>Every container and sandbox id known to be ours: what CNI's iptables comments name.</summary>
    public IReadOnlySet<string> ContainerIds { get; private init; } = new HashSet<string>();

    /// <summary>The bridge our conflist names (cni0 unless configured), or null without a conflist.</summary>
    public string? Bridge { get; private init; }

    public static RuntimeLeftovers Scan(ContainerdOptions containerd)
    {
        var tasks = Subdirectories(Path.Combine(containerd.StateDir, TaskDir))
            .SelectMany(ns => Subdirectories(ns).Select(bundle => ReadTask(Path.GetFileName(ns), bundle)))
            .ToList();
        var containers = Subdirectories(containerd.RuncRoot)
            .SelectMany(root => Subdirectories(root).Where(c => File.Exists(Path.Combine(c, "state.json"))).Select(c => new LeftoverContainer(root, Path.GetFileName(c))))
            .ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        ids.UnionWith(tasks.Select(t => t.Id));
        ids.UnionWith(tasks.Select(t => t.SandboxId).OfType<string>());
        ids.UnionWith(containers.Select(c => c.Id));
        ids.UnionWith(IpamContainerIds(containerd.CniIpamDataDir));
        var netns = Path.Combine(containerd.StateDir, CriStateDir, "netns");
        return new RuntimeLeftovers
        {
            Tasks = tasks,
            Containers = containers,
            NetworkNamespaces = Directory.Exists(netns) ? Directory.GetFiles(netns).Order(StringComparer.Ordinal).ToList() : [],
            ContainerIds = ids,
            Bridge = BridgeOf(containerd.CniConfDir),
        };
    }

    /// <summary>The bridge of the first bridge plugin in the conflists of <paramref name="confDir"/> (CNI's default name cni0 when it names none).</summary>
    internal static string? BridgeOf(string confDir)
    {
        if (!Directory.Exists(confDir))
        {
            return null;
        }

        foreach (var file in Directory.GetFiles(confDir, "*.conflist").Order(StringComparer.Ordinal))
        {
            try
            {
                var plugins = JsonNode.Parse(File.ReadAllText(file))?["plugins"]?.AsArray() ?? [];
                if (plugins.FirstOrDefault(p => (string?)p?["type"] == "bridge") is { } bridge)
                {
                    return (string?)bridge["bridge"] ?? CniConfig.DefaultBridge;
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or IOException)
            {
                // Not a conflist we can read; try the next.
            }
        }

        return null;
    }

    /// <summary>host-local keeps one file per allocated IP (named by the IP) whose first line is the container id.</summary>
    internal static IEnumerable<string> IpamContainerIds(string ipamDataDir) =>
        Subdirectories(ipamDataDir)
            .SelectMany(Directory.EnumerateFiles)
            .Where(f => System.Net.IPAddress.TryParse(Path.GetFileName(f), out _))
            .Select(f => File.ReadLines(f).FirstOrDefault()?.Trim())
            .OfType<string>()
            .Where(id => id.Length > 0);

    private static LeftoverTask ReadTask(string ns, string bundle)
    {
        var id = Path.GetFileName(bundle);
        try
        {
            var config = JsonNode.Parse(File.ReadAllText(Path.Combine(bundle, "config.json")));
            var annotations = config?["annotations"];
            return new LeftoverTask(ns, id,
                (string?)annotations?["io.kubernetes.cri.sandbox-id"],
                (string?)annotations?["io.kubernetes.cri.sandbox-uid"],
                (string?)annotations?["io.kubernetes.cri.sandbox-log-directory"],
                (string?)config?["linux"]?["cgroupsPath"]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IOException)
        {
            // A bundle without a readable config still names a task to kill.
            return new LeftoverTask(ns, id, null, null, null, null);
        }
    }

    private static IEnumerable<string> Subdirectories(string directory) =>
        Directory.Exists(directory) ? Directory.GetDirectories(directory).Order(StringComparer.Ordinal) : [];
}
