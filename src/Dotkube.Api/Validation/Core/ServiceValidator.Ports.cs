using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

public sealed partial class ServiceValidator
{
    // Upstream core.MaxClientIPServiceAffinitySeconds (one day).
    private const int MaxAffinitySeconds = 86400;

    /// <summary>Upstream validateServicePort: names required when there are several, unique DNS labels.</summary>
    private static void ValidatePort(ServicePort port, bool requireName, HashSet<string> names, FieldPath path, List<FieldError> errors)
    {
        if (requireName && string.IsNullOrEmpty(port.Name))
        {
            errors.Add(FieldError.Required(path.Child("name")));
        }
        else if (!string.IsNullOrEmpty(port.Name))
        {
            foreach (var message in NameValidation.IsDNS1123Label(port.Name))
            {
                errors.Add(FieldError.Invalid(path.Child("name"), port.Name, message));
            }

            if (!names.Add(port.Name))
            {
                errors.Add(FieldError.Duplicate(path.Child("name"), port.Name));
            }
        }

        foreach (var message in NameValidation.IsValidPortNum(port.Port))
        {
            errors.Add(FieldError.Invalid(path.Child("port"), port.Port, message));
        }

        if (!string.IsNullOrEmpty(port.Protocol) && !Protocols.Contains(port.Protocol))
        {
            errors.Add(FieldError.NotSupported(path.Child("protocol"), port.Protocol, Protocols));
        }

        // An unset (or zero) targetPort is defaulted to the port.
        if (port.TargetPort is { } target && !(target.IsInt ? target.IntValue == 0 : target.StringValue!.Length == 0))
        {
            ProbeValidation.ValidatePortNumOrName(target, path.Child("targetPort"), errors);
        }

        if (port.AppProtocol is { } appProtocol)
        {
            foreach (var message in NameValidation.IsQualifiedName(appProtocol))
            {
                errors.Add(FieldError.Invalid(path.Child("appProtocol"), appProtocol, message));
            }
        }
    }

    /// <summary>nodePort only outside ClusterIP; no repeated protocol/nodePort or protocol/port pairs.</summary>
    private static void ValidatePortCombinations(List<ServicePort> ports, string type, List<FieldError> errors)
    {
        var nodePorts = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ports.Count; i++)
        {
            var at = Spec.Child("ports").Index(i);
            var protocol = string.IsNullOrEmpty(ports[i].Protocol) ? "TCP" : ports[i].Protocol!;
            if (ports[i].NodePort is { } nodePort and not 0)
            {
                if (type == "ClusterIP")
                {
                    errors.Add(FieldError.Forbidden(at.Child("nodePort"), "may not be used when `type` is 'ClusterIP'"));
                }

                if (!nodePorts.Add($"{protocol}/{nodePort}"))
                {
                    errors.Add(FieldError.Duplicate(at.Child("nodePort"), nodePort));
                }
            }

            // Upstream prints the key as Go's %#v of a core.ServicePort holding protocol and port.
            if (!pairs.Add($"{protocol}/{ports[i].Port}"))
            {
                errors.Add(FieldError.Duplicate(at, GoSyntax.Raw(
                    $"core.ServicePort{{Name:\"\", Protocol:\"{protocol}\", AppProtocol:(*string)(nil), Port:{ports[i].Port}, " +
                    "TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, NodePort:0}")));
            }
        }
    }

    private static void ValidateSessionAffinity(ServiceSpec spec, List<FieldError> errors)
    {
        var affinity = string.IsNullOrEmpty(spec.SessionAffinity) ? "None" : spec.SessionAffinity;
        var path = Spec.Child("sessionAffinityConfig");
        if (!Affinities.Contains(affinity))
        {
            errors.Add(FieldError.NotSupported(Spec.Child("sessionAffinity"), affinity, Affinities));
        }
        else if (affinity == "None" && spec.SessionAffinityConfig is not null)
        {
            errors.Add(FieldError.Forbidden(path, "must not be set when session affinity is None"));
        }
        else if (affinity == "ClientIP")
        {
            // The timeout is defaulted to three hours upstream.
            var timeout = spec.SessionAffinityConfig?.ClientIP?.TimeoutSeconds ?? ClientIPConfig.DefaultTimeoutSeconds;
            if (timeout is <= 0 or > MaxAffinitySeconds)
            {
                errors.Add(FieldError.Invalid(path.Child("clientIP", "timeoutSeconds"), timeout,
                    $"must be greater than 0 and less than {MaxAffinitySeconds}"));
            }
        }
    }

    private static void ValidateClusterIPs(ServiceSpec spec, List<string> clusterIPs, List<FieldError> errors)
    {
        if (spec.ClusterIPs is { Count: > 0 } && !string.IsNullOrEmpty(spec.ClusterIP) && spec.ClusterIP != spec.ClusterIPs[0])
        {
            errors.Add(FieldError.Invalid(Spec.Child("clusterIPs"), spec.ClusterIPs, "first value must match `clusterIP`"));
        }

        for (var i = 0; i < clusterIPs.Count; i++)
        {
            if (i == 0 && clusterIPs[i] == "None")
            {
                continue;
            }

            foreach (var message in IPValidation.IsValidIP(clusterIPs[i]))
            {
                errors.Add(FieldError.Invalid(Spec.Child("clusterIPs").Index(i), clusterIPs[i], message));
            }
        }
    }

    /// <summary>Upstream validateServiceExternalTrafficPolicy: only for externally reachable services.</summary>
    private static void ValidateExternalTrafficPolicy(ServiceSpec spec, string type, List<FieldError> errors)
    {
        var external = type is "LoadBalancer" or "NodePort" || (type == "ClusterIP" && spec.ExternalIPs is { Count: > 0 });
        var policy = spec.ExternalTrafficPolicy;
        if (string.IsNullOrEmpty(policy))
        {
            return;
        }

        if (!external)
        {
            errors.Add(FieldError.Invalid(Spec.Child("externalTrafficPolicy"), policy, "may only be set for externally-accessible services"));
        }
        else if (policy is not ("Cluster" or "Local"))
        {
            errors.Add(FieldError.NotSupported(Spec.Child("externalTrafficPolicy"), policy, ["Cluster", "Local"]));
        }
    }
}
