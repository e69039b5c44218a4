namespace Dotkube.Proxy.Iptables;

/// <summary>
/// Reads the user-defined chain names of one table from <c>iptables-save -t TABLE</c> (upstream's
/// GetChainsFromTable). The kubelet's uninstall parser (Dotkube.Kubelet.Cleanup.IptablesSave) reads
/// whole rules; the proxy may not reference the kubelet, and needs only the <c>:NAME - [0:0]</c> lines.
/// </summary>
public static class IptablesSaveChains
{
    public static IReadOnlyList<string> Parse(string text)
    {
        var chains = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            // Built-in chains carry a policy ("ACCEPT"), user-defined ones "-".
            var fields = line.TrimEnd('\r').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2 && fields[0].StartsWith(':') && fields[1] == "-")
                chains.Add(fields[0][1..]);
        }

        return chains;
    }
}
