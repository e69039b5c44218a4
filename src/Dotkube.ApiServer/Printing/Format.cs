using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Selectors;
using Dotkube.Api.Values;

namespace Dotkube.ApiServer.Printing;

/// <summary>The small formatting helpers upstream's printers share.</summary>
internal static class Format
{
    public const string None = "<none>";

    public const string Unset = "<unset>";

    private static readonly (string Mode, string Abbreviation)[] AccessModeAbbreviations =
    [
        ("ReadWriteOnce", "RWO"),
        ("ReadOnlyMany", "ROX"),
        ("ReadWriteMany", "RWX"),
        ("ReadWriteOncePod", "RWOP"),
    ];

    /// <summary>labels.FormatLabels: "k=v,k2=v2" sorted by key, or "&lt;none&gt;".</summary>
    public static string Labels(IReadOnlyDictionary<string, string>? labels) =>
        labels is null || labels.Count == 0
            ? None
            : string.Join(",", labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value));

    /// <summary>metav1.FormatLabelSelector: a nil or empty selector prints "&lt;none&gt;", a broken one "&lt;error&gt;".</summary>
    public static string LabelSelector(LabelSelector? selector)
    {
        if (!Selector.TryFromLabelSelector(selector, out var parsed, out _))
        {
            return "<error>";
        }

        var text = parsed.ToString();
        return text.Length == 0 ? None : text;
    }

    /// <summary>LabelSelectorAsSelector(...).String() as printDeployment uses it: "" for none, "&lt;invalid&gt;" when broken.</summary>
    public static string SelectorString(LabelSelector? selector) =>
        Selector.TryFromLabelSelector(selector, out var parsed, out _) ? parsed.ToString() : "<invalid>";

    /// <summary>layoutContainerCells: container names and images, each comma-joined.</summary>
    public static (string Names, string Images) Containers(IReadOnlyList<Container>? containers) =>
        containers is null
            ? ("", "")
            : (string.Join(",", containers.Select(c => c.Name)), string.Join(",", containers.Select(c => c.Image ?? "")));

    /// <summary>printBoolPtr: "True", "False", or "&lt;unset&gt;".</summary>
    public static string BoolPtr(bool? value) => value switch
    {
        true => "True",
        false => "False",
        null => Unset,
    };

    /// <summary>A Go *resource.Quantity's String(): nil prints "&lt;nil&gt;".</summary>
    public static string Quantity(Quantity? quantity) => quantity?.ToString() ?? "<nil>";

    /// <summary>A quantity looked up in a Go map: a missing key is the zero Quantity, "0".</summary>
    public static string Quantity(IReadOnlyDictionary<string, Quantity>? quantities, string name) =>
        quantities is not null && quantities.TryGetValue(name, out var quantity) ? quantity.ToString() : "0";

    /// <summary>helper.GetAccessModesAsString: RWO, ROX, RWX, RWOP in that fixed order, duplicates dropped.</summary>
    public static string AccessModes(IReadOnlyList<string>? modes)
    {
        if (modes is null)
        {
            return "";
        }

        var shown = new List<string>(4);
        foreach (var (mode, abbreviation) in AccessModeAbbreviations)
        {
            if (modes.Contains(mode))
            {
                shown.Add(abbreviation);
            }
        }

        return string.Join(",", shown);
    }

    /// <summary>listWithMoreString: the first entries and "+ N more...", or "&lt;unset&gt;" for none.</summary>
    public static string ListWithMore(IReadOnlyList<string> shown, bool more, int count, int max)
    {
        var text = string.Join(",", shown);
        if (more)
        {
            return text + " + " + (count - max).ToString(CultureInfo.InvariantCulture) + " more...";
        }

        return text.Length == 0 ? Unset : text;
    }

    /// <summary>
    /// loadBalancerStatusStringer (services and ingresses): each ingress point's IP, else its
    /// hostname, sorted and unique. Upstream clips it to 16 characters unless printing wide; the
    /// server always prints wide.
    /// </summary>
    public static string LoadBalancerAddresses(IEnumerable<(string? IP, string? Hostname)>? ingress)
    {
        var addresses = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (ip, hostname) in ingress ?? [])
        {
            if (!string.IsNullOrEmpty(ip))
            {
                addresses.Add(ip);
            }
            else if (!string.IsNullOrEmpty(hostname))
            {
                addresses.Add(hostname);
            }
        }

        return string.Join(",", addresses);
    }

    /// <summary>net.JoinHostPort: IPv6 addresses are bracketed.</summary>
    public static string HostPort(string host, int port) =>
        (host.Contains(':') ? "[" + host + "]" : host) + ":" + port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Go's strconv.Itoa / %d.</summary>
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
