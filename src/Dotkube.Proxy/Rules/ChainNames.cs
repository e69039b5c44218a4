using System.Security.Cryptography;
using System.Text;

namespace Dotkube.Proxy.Rules;

/// <summary>
/// kube-proxy's chain names, byte for byte, so rules read the same as on any upstream node: the
/// first 16 characters of base32(sha256(service port name + protocol [+ endpoint])).
/// </summary>
public static class ChainNames
{
    public const string Services = "KUBE-SERVICES";
    public const string ExternalServices = "KUBE-EXTERNAL-SERVICES";
    public const string NodePorts = "KUBE-NODEPORTS";
    public const string Postrouting = "KUBE-POSTROUTING";
    public const string MarkMasq = "KUBE-MARK-MASQ";
    public const string Forward = "KUBE-FORWARD";
    public const string ProxyFirewall = "KUBE-PROXY-FIREWALL";

    /// <summary>The per-service chain prefixes: the chains a sync creates, rewrites and deletes as services come and go.</summary>
    public static IReadOnlyList<string> ServiceChainPrefixes { get; } = ["KUBE-SVC-", "KUBE-SVL-", "KUBE-EXT-", "KUBE-FW-", "KUBE-SEP-"];

    /// <summary>The cluster-traffic chain of a service port, e.g. KUBE-SVC-NPX46M4PTMTKRN6Y for default/kubernetes:https tcp.</summary>
    public static string Service(string servicePortName, string protocol) => "KUBE-SVC-" + Hash(servicePortName + protocol);

    /// <summary>The local-endpoints chain (externalTrafficPolicy Local).</summary>
    public static string ServiceLocal(string servicePortName, string protocol) => "KUBE-SVL-" + Hash(servicePortName + protocol);

    /// <summary>The chain external traffic (NodePort, externalIPs, load balancer IPs) enters.</summary>
    public static string External(string servicePortName, string protocol) => "KUBE-EXT-" + Hash(servicePortName + protocol);

    /// <summary>The chain of one endpoint (<paramref name="endpoint"/> is "IP:port").</summary>
    public static string Endpoint(string servicePortName, string protocol, string endpoint) =>
        "KUBE-SEP-" + Hash(servicePortName + protocol + endpoint);

    public static bool IsServiceChain(string chain) => ServiceChainPrefixes.Any(p => chain.StartsWith(p, StringComparison.Ordinal));

    private static string Hash(string text)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Base32(digest)[..16];
    }

    /// <summary>RFC 4648 base32 (Go's base32.StdEncoding); only as many characters as the name needs are kept.</summary>
    private static string Base32(ReadOnlySpan<byte> data)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var text = new StringBuilder((data.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
            text.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        return text.ToString();
    }
}
