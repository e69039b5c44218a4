using System.Net;
using System.Net.Sockets;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;
using Dotkube.Client.Informers;

namespace Dotkube.Controllers.Common;

/// <summary>
/// What the endpoints and endpointslice controllers share (upstream's endpointslice util and
/// podutil.FindPort): which pods back a service, on which port, with which address.
/// </summary>
public static class ServiceEndpoints
{
    /// <summary>Label on Endpoints and EndpointSlices of a headless service (v1.IsHeadlessService).</summary>
    public const string HeadlessLabel = "service.kubernetes.io/headless";

    /// <summary>When the last pod or service change that the object reflects happened (v1.EndpointsLastChangeTriggerTime).</summary>
    public const string LastChangeTriggerTimeAnnotation = "endpoints.kubernetes.io/last-change-trigger-time";

    /// <summary>
    /// Whether the controllers keep endpoints for the service: it has a selector (selector-less
    /// services get theirs from whoever manages them, as default/kubernetes from the API server)
    /// and is not ExternalName (which gets none, issue 105986).
    /// </summary>
    public static bool HasManagedEndpoints(Service service) => service.Spec.Type != "ExternalName" && service.Spec.Selector is not null;

    /// <summary>The pods the service selects.</summary>
    public static IReadOnlyList<Pod> SelectedPods(Lister<Pod> pods, Service service) =>
        pods.List(service.Metadata.Namespace, Selector.FromSet(service.Spec.Selector));

    /// <summary>
    /// Whether the pod gets an address: it has an IP, has not finished, and is not terminating
    /// unless <paramref name="includeTerminating"/> (upstream's ShouldPodBeInEndpoints).
    /// </summary>
    public static bool ShouldPodBeInEndpoints(Pod pod, bool includeTerminating)
    {
        if (pod.Status.Phase is "Succeeded" or "Failed")
            return false;
        if (PodIps(pod).Count == 0)
            return false;
        return includeTerminating || pod.Metadata.DeletionTimestamp is null;
    }

    /// <summary>
    /// As upstream: a pod publishes its hostname only for the service named by its subdomain,
    /// which makes "hostname.subdomain.ns.svc" resolvable for headless services.
    /// </summary>
    public static bool ShouldSetHostname(Pod pod, Service service) =>
        !string.IsNullOrEmpty(pod.Spec.Hostname) && pod.Spec.Subdomain == service.Metadata.Name &&
        pod.Metadata.Namespace == service.Metadata.Namespace;

    /// <summary>
    /// The container port a service port reaches on this pod (podutil.FindPort): a number as is, a
    /// name looked up in the pod's containers (then its restartable init containers) with the same
    /// protocol. False when the pod has no such named port: the pod is left out for that port.
    /// </summary>
    public static bool TryFindPort(Pod pod, ServicePort servicePort, out int port)
    {
        var target = servicePort.TargetPort;
        if (target is null)
        {
            // The API server defaults targetPort to port; tolerate objects that skipped defaulting.
            port = servicePort.Port;
            return true;
        }

        if (target.Value.IsInt)
        {
            port = target.Value.IntValue;
            return true;
        }

        var protocol = ProtocolOf(servicePort.Protocol);
        var sidecars = (pod.Spec.InitContainers ?? []).Where(c => c.RestartPolicy == "Always");
        foreach (var container in pod.Spec.Containers.Concat(sidecars))
        {
            foreach (var candidate in container.Ports ?? [])
            {
                if (candidate.Name == target.Value.StringValue && ProtocolOf(candidate.Protocol) == protocol)
                {
                    port = candidate.Port;
                    return true;
                }
            }
        }

        port = 0;
        return false;
    }

    /// <summary>helper.IsServiceIPSet negated: no cluster IP ("None", or none at all as for ExternalName).</summary>
    public static bool IsHeadless(Service service) =>
        string.IsNullOrEmpty(service.Spec.ClusterIP) || service.Spec.ClusterIP == Service.ClusterIPNone;

    /// <summary>The pod's IPs, primary first: status.podIPs, or status.podIP when only that is set.</summary>
    public static IReadOnlyList<string> PodIps(Pod pod)
    {
        if (pod.Status.PodIPs is { Count: > 0 } ips)
            return [.. ips.Select(i => i.IP).Where(ip => ip.Length > 0)];
        return string.IsNullOrEmpty(pod.Status.PodIP) ? [] : [pod.Status.PodIP];
    }

    public static bool IsIPv6(string ip) => IPAddress.TryParse(ip, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;

    /// <summary>The pod's IPs of one family ("IPv4" or "IPv6").</summary>
    public static IEnumerable<string> PodIpsOfFamily(Pod pod, string family) =>
        PodIps(pod).Where(ip => IsIPv6(ip) == (family == "IPv6"));

    /// <summary>The reference from an endpoint to its pod, as upstream writes it (no resourceVersion, so pod updates do not churn endpoints).</summary>
    public static ObjectReference PodReference(Pod pod) => new()
    {
        Kind = "Pod",
        Namespace = pod.Metadata.Namespace,
        Name = pod.Metadata.Name,
        Uid = pod.Metadata.Uid,
    };

    /// <summary>Services in the pod's namespace whose selector matches its labels (GetPodServiceMemberships); services without a selector never match.</summary>
    public static IEnumerable<Service> ServicesSelecting(Lister<Service> services, Pod pod) =>
        services.List(pod.Metadata.Namespace).Where(s => s.Spec.Selector is not null &&
            Selector.FromSet(s.Spec.Selector).Matches(pod.Metadata.Labels));

    /// <summary>
    /// Keys of the services to sync after a pod changed: those selecting the new pod, plus those
    /// that selected the old one when its labels changed (upstream's podEndpointsChanged and
    /// GetServicesToUpdateOnPodChange). Updates that cannot change any endpoint enqueue nothing.
    /// </summary>
    public static IEnumerable<string> ServicesToSync(Lister<Service> services, Pod? old, Pod current)
    {
        if (old is null)
            return ServicesSelecting(services, current).Select(ObjectKeys.Of).ToHashSet();
        var membershipChanged = !LabelsEqual(old.Metadata.Labels, current.Metadata.Labels) ||
            old.Spec.Hostname != current.Spec.Hostname || old.Spec.Subdomain != current.Spec.Subdomain;
        if (!membershipChanged && !EndpointChanged(old, current))
            return []; // status heartbeats, resyncs: nothing an endpoint shows moved
        var keys = ServicesSelecting(services, current).Select(ObjectKeys.Of).ToHashSet();
        if (membershipChanged)
            keys.UnionWith(ServicesSelecting(services, old).Select(ObjectKeys.Of));
        return keys;
    }

    /// <summary>
    /// What an endpoint shows of a pod besides its labels (upstream podEndpointsChanged): deletion,
    /// readiness and IPs; name, namespace, uid and node name do not change once set. Also the phase,
    /// since terminal pods leave the endpoints.
    /// </summary>
    private static bool EndpointChanged(Pod old, Pod current) =>
        old.Metadata.DeletionTimestamp != current.Metadata.DeletionTimestamp ||
        old.Status?.Phase != current.Status?.Phase ||
        PodState.IsReady(old) != PodState.IsReady(current) ||
        !PodIps(old).SequenceEqual(PodIps(current)) ||
        old.Spec.NodeName != current.Spec.NodeName;

    /// <summary>Protocols default to TCP, as the API server defaults them.</summary>
    public static string ProtocolOf(string? protocol) => string.IsNullOrEmpty(protocol) ? "TCP" : protocol;

    public static bool LabelsEqual(IReadOnlyDictionary<string, string>? a, IReadOnlyDictionary<string, string>? b)
    {
        if ((a?.Count ?? 0) != (b?.Count ?? 0))
            return false;
        return a is null || a.All(kv => b!.TryGetValue(kv.Key, out var v) && v == kv.Value);
    }
}
