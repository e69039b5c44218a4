using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Cri.V1;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// A pod's resolv.conf as upstream's pkg/kubelet/network/dns: ClusterFirst (the default) points at
/// the cluster DNS with the namespace's search path and ndots:5; Default (and ClusterFirst on the
/// host network) copies the node's resolv.conf; None uses dnsConfig alone; dnsConfig's servers,
/// searches and options are appended to any of them.
/// </summary>
public static class DnsConfigs
{
    public static DNSConfig For(Pod pod, string clusterDns, string clusterDomain, string hostResolvConf)
    {
        var policy = pod.Spec.DnsPolicy ?? "ClusterFirst";
        if (policy == "ClusterFirst" && pod.Spec.HostNetwork == true)
            policy = "Default"; // as upstream: ClusterFirst on the host network falls back to the node's DNS
        var config = new DNSConfig();
        switch (policy)
        {
            case "ClusterFirst" or "ClusterFirstWithHostNet":
                config.Servers.Add(clusterDns);
                config.Searches.Add($"{pod.Namespace()}.svc.{clusterDomain}");
                config.Searches.Add($"svc.{clusterDomain}");
                config.Searches.Add(clusterDomain);
                config.Options.Add("ndots:5");
                break;
            case "Default":
                FromResolvConf(config, hostResolvConf);
                break;
        }

        if (pod.Spec.DnsConfig is { } extra)
            Append(config, extra);
        return config;
    }

    /// <summary>Parses nameserver, search and options lines of a resolv.conf text.</summary>
    public static void FromResolvConf(DNSConfig config, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var fields = line.Split('#', ';')[0].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
                continue;
            var target = fields[0] switch
            {
                "nameserver" => config.Servers,
                "search" => config.Searches,
                "options" => config.Options,
                _ => null,
            };
            target?.AddRange(fields[0] == "nameserver" ? fields[1..2] : fields[1..]);
        }
    }

    private static void Append(DNSConfig config, PodDNSConfig extra)
    {
        foreach (var server in extra.Nameservers ?? [])
        {
            if (!config.Servers.Contains(server))
                config.Servers.Add(server);
        }

        foreach (var search in extra.Searches ?? [])
        {
            if (!config.Searches.Contains(search))
                config.Searches.Add(search);
        }

        foreach (var option in extra.Options ?? [])
        {
            // An option of the pod replaces the one of the same name, as upstream's mergeDNSOptions.
            var text = option.Value is null ? option.Name ?? "" : $"{option.Name}:{option.Value}";
            var existing = config.Options.FirstOrDefault(o => o.Split(':')[0] == option.Name);
            if (existing is not null)
                config.Options.Remove(existing);
            config.Options.Add(text);
        }
    }
}
