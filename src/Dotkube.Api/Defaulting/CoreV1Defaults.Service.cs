using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;

namespace Dotkube.Api.Defaulting;

internal static partial class CoreV1Defaults
{
    /// <summary>
    /// As upstream SetDefaults_Service plus ServicePort's declarative protocol default. clusterIP(s),
    /// ipFamilies and ipFamilyPolicy are not defaults: the service REST allocator sets them.
    /// </summary>
    public static void SetDefaults_Service(Service service)
    {
        var spec = service.Spec;
        spec.SessionAffinity = Or(spec.SessionAffinity, ServiceAffinity.None);
        if (spec.SessionAffinity == ServiceAffinity.None)
        {
            spec.SessionAffinityConfig = null;
        }

        if (spec.SessionAffinity == ServiceAffinity.ClientIP && spec.SessionAffinityConfig?.ClientIP?.TimeoutSeconds is null)
        {
            spec.SessionAffinityConfig = new SessionAffinityConfig
            {
                ClientIP = new ClientIPConfig { TimeoutSeconds = ClientIPConfig.DefaultTimeoutSeconds },
            };
        }

        spec.Type = Or(spec.Type, ServiceType.ClusterIP);
        foreach (var port in spec.Ports ?? [])
        {
            port.Protocol = Or(port.Protocol, Protocol.TCP);
            if (port.TargetPort is not { } target || (target.IsInt ? target.IntValue == 0 : target.StringValue!.Length == 0))
            {
                port.TargetPort = IntOrString.FromInt(port.Port);
            }
        }

        // As upstream (v1.28+): "externally accessible" includes ClusterIP services with externalIPs.
        var externallyAccessible = spec.Type is ServiceType.LoadBalancer or ServiceType.NodePort
            || (spec.Type == ServiceType.ClusterIP && spec.ExternalIPs is { Count: > 0 });
        if (externallyAccessible && IsUnset(spec.ExternalTrafficPolicy))
        {
            spec.ExternalTrafficPolicy = ServiceExternalTrafficPolicy.Cluster;
        }

        if (spec.InternalTrafficPolicy is null && spec.Type is ServiceType.NodePort or ServiceType.LoadBalancer or ServiceType.ClusterIP)
        {
            spec.InternalTrafficPolicy = ServiceInternalTrafficPolicy.Cluster;
        }

        if (spec.Type == ServiceType.LoadBalancer)
        {
            spec.AllocateLoadBalancerNodePorts ??= true;

            // LoadBalancerIPMode is on by default in v1.32: an ingress IP without a mode is a VIP.
            foreach (var ingress in service.Status.LoadBalancer.Ingress ?? [])
            {
                if (!IsUnset(ingress.IP) && ingress.IPMode is null)
                {
                    ingress.IPMode = LoadBalancerIPMode.VIP;
                }
            }
        }
    }

    /// <summary>As upstream SetDefaults_Endpoints: every port's protocol defaults to TCP.</summary>
    public static void SetDefaults_Endpoints(Endpoints endpoints)
    {
        foreach (var subset in endpoints.Subsets ?? [])
        {
            foreach (var port in subset.Ports ?? [])
            {
                port.Protocol = Or(port.Protocol, Protocol.TCP);
            }
        }
    }
}
