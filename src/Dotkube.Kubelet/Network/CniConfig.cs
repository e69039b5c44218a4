using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dotkube.Kubelet.Network;

/// <summary>
/// The node's pod network as a CNI conflist, written into containerd's CNI conf dir once the
/// node has its podCIDR: a <c>bridge</c> (k3s's network name "cbr0" on bridge cni0, as its
/// flannel delegate sets up) with <c>host-local</c> IPAM over the podCIDR and a default route
/// through the bridge (isGateway), masquerading of traffic leaving the pod network (ipMasq) and
/// hairpin mode so a pod reaches itself through a service; then <c>portmap</c> for hostPort with
/// SNAT. Loopback needs no entry: containerd's CRI plugin brings up lo in every sandbox itself.
/// containerd watches the directory and reports NetworkReady as soon as a valid file appears.
/// </summary>
public static class CniConfig
{
    /// <summary>The file name: containerd loads the first conflist in lexical order, so it sorts early, as k3s's 10-flannel.conflist.</summary>
    public const string FileName = "10-dotkube.conflist";

    /// <summary>The CNI network name, as k3s's.</summary>
    public const string NetworkName = "cbr0";

    /// <summary>The bridge, as the one flannel's delegate creates under k3s.</summary>
    public const string DefaultBridge = "cni0";

    /// <summary>The spec version: Debian's plugins (1.1) and containerd 1.6's libcni both speak 1.0.0.</summary>
    public const string CniVersion = "1.0.0";

    /// <summary>
    /// Writes <see cref="FileName"/> into <paramref name="confDir"/> atomically (a temp file renamed
    /// over it, so containerd never reads half a file) and returns its path. Rewrites only when
    /// the content changed, so containerd does not reload for nothing.
    /// </summary>
    /// <param name="hostLocalDataDir">host-local's allocation state: per agent, so two agents never hand out the same IP from stale state.</param>
    public static string Write(string confDir, string podCidr, string hostLocalDataDir, string bridge = DefaultBridge)
    {
        var content = Render(podCidr, hostLocalDataDir, bridge);
        Directory.CreateDirectory(confDir);
        var path = Path.Combine(confDir, FileName);
        if (File.Exists(path) && File.ReadAllText(path) == content)
        {
            return path;
        }

        var temp = Path.Combine(confDir, "." + FileName + ".tmp");
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
        return path;
    }

    /// <summary>The conflist's JSON for <paramref name="podCidr"/> (an IPv4 CIDR such as 10.42.0.0/24).</summary>
    public static string Render(string podCidr, string hostLocalDataDir, string bridge = DefaultBridge)
    {
        if (!IPNetwork.TryParse(podCidr, out var network) || network.BaseAddress.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
        {
            throw new ArgumentException($"the pod CIDR must be an IPv4 CIDR such as 10.42.0.0/24, got '{podCidr}'", nameof(podCidr));
        }

        var conflist = new JsonObject
        {
            ["cniVersion"] = CniVersion,
            ["name"] = NetworkName,
            ["plugins"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "bridge",
                    ["bridge"] = bridge,
                    ["isGateway"] = true,
                    ["ipMasq"] = true,
                    ["hairpinMode"] = true,
                    ["ipam"] = new JsonObject
                    {
                        ["type"] = "host-local",
                        ["ranges"] = new JsonArray(new JsonArray(new JsonObject { ["subnet"] = network.ToString() })),
                        ["routes"] = new JsonArray(new JsonObject { ["dst"] = "0.0.0.0/0" }),
                        ["dataDir"] = hostLocalDataDir,
                    },
                },
                new JsonObject
                {
                    ["type"] = "portmap",
                    ["capabilities"] = new JsonObject { ["portMappings"] = true },
                    ["snat"] = true,
                }),
        };
        return conflist.ToJsonString(Indented) + "\n";
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
