using System.Net;

namespace Dotkube.Dns.Forwarding;

/// <summary>The nameservers of a resolv.conf file (resolv.conf(5)), on port 53.</summary>
internal static class ResolvConf
{
    /// <summary>
    /// Every "nameserver" address except loopback ones: on a node those are local stub resolvers
    /// (systemd-resolved's 127.0.0.53) or ourselves, and a pod-facing server forwarding to them
    /// could loop back into itself, the loop CoreDNS's loop plugin exists to detect.
    /// </summary>
    public static IReadOnlyList<IPEndPoint> Nameservers(string text)
    {
        var servers = new List<IPEndPoint>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#', ';')[0].Trim();
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields is ["nameserver", var address, ..] && IPAddress.TryParse(address, out var ip) && !IPAddress.IsLoopback(ip))
            {
                servers.Add(new IPEndPoint(ip, 53));
            }
        }

        return servers;
    }

    /// <summary>systemd-resolved's list of the real upstream servers, behind its 127.0.0.53 stub.</summary>
    public const string SystemdResolvedPath = "/run/systemd/resolve/resolv.conf";

    public static IReadOnlyList<IPEndPoint> Read(string path) => File.Exists(path) ? Nameservers(File.ReadAllText(path)) : [];

    /// <summary>
    /// The nameservers of <paramref name="path"/>; when it names only loopback ones, those of
    /// systemd-resolved's upstream list instead, the file k3s hands its kubelet in that case.
    /// </summary>
    public static IReadOnlyList<IPEndPoint> ReadWithFallback(string path)
    {
        var servers = Read(path);
        return servers.Count > 0 ? servers : Read(SystemdResolvedPath);
    }
}
