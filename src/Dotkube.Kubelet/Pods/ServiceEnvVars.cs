using System.Globalization;
using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// Service links, as upstream's getServiceEnvVarMap and envvars.FromServices: for the services of
/// the pod's namespace (when enableServiceLinks is not false) and always the default namespace's
/// "kubernetes" service (a service of the same name in the pod's namespace wins), each with a
/// cluster IP gets &lt;NAME&gt;_SERVICE_HOST, &lt;NAME&gt;_SERVICE_PORT, &lt;NAME&gt;_SERVICE_PORT_&lt;PORT&gt;
/// for named ports, and Docker's link variables (&lt;NAME&gt;_PORT, &lt;NAME&gt;_PORT_&lt;n&gt;_&lt;PROTO&gt;[_PROTO|_PORT|_ADDR]).
/// Names are upper-cased with '-' as '_'.
/// </summary>
public static class ServiceEnvVars
{
    private const string MasterService = "kubernetes";

    public static List<KeyValuePair<string, string>> For(string ns, bool enableServiceLinks, IEnumerable<Service> services)
    {
        var chosen = new SortedDictionary<string, Service>(StringComparer.Ordinal);
        foreach (var service in services.Where(IsClusterIPSet))
        {
            var name = service.Metadata.Name ?? "";
            if (service.Metadata.Namespace == "default" && name == MasterService)
                chosen.TryAdd(name, service);
            else if (service.Metadata.Namespace == ns && enableServiceLinks)
                chosen[name] = service;
        }

        return [.. chosen.Values.SelectMany(Variables)];
    }

    /// <summary>The variables of one service, in upstream's order.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Variables(Service service)
    {
        var prefix = VariableName(service.Metadata.Name ?? "");
        var ip = service.Spec.ClusterIP!;
        var ports = service.Spec.Ports ?? [];
        yield return new(prefix + "_SERVICE_HOST", ip);
        if (ports.Count == 0)
            yield break;
        yield return new(prefix + "_SERVICE_PORT", Text(ports[0].Port));
        foreach (var port in ports.Where(p => !string.IsNullOrEmpty(p.Name)))
            yield return new(prefix + "_SERVICE_PORT_" + VariableName(port.Name!), Text(port.Port));
        for (var i = 0; i < ports.Count; i++)
        {
            var protocol = string.IsNullOrEmpty(ports[i].Protocol) ? "TCP" : ports[i].Protocol!;
            var url = $"{protocol.ToLowerInvariant()}://{HostPort(ip, ports[i].Port)}";
            if (i == 0)
                yield return new(prefix + "_PORT", url); // Docker special-cases the first port
            var portPrefix = $"{prefix}_PORT_{Text(ports[i].Port)}_{protocol.ToUpperInvariant()}";
            yield return new(portPrefix, url);
            yield return new(portPrefix + "_PROTO", protocol.ToLowerInvariant());
            yield return new(portPrefix + "_PORT", Text(ports[i].Port));
            yield return new(portPrefix + "_ADDR", ip);
        }
    }

    /// <summary>upstream's makeEnvVariableName: upper case, '-' as '_'.</summary>
    public static string VariableName(string name) => name.ToUpperInvariant().Replace('-', '_');

    private static bool IsClusterIPSet(Service service) => service.Spec.ClusterIP is { Length: > 0 } ip && ip != "None";

    private static string HostPort(string ip, int port) => (ip.Contains(':', StringComparison.Ordinal) ? $"[{ip}]" : ip) + ":" + Text(port);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
