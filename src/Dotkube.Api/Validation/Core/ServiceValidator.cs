using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// Upstream ValidateService and ValidateServiceUpdate, the rules for type, ports, selector,
/// session affinity, external name and cluster IPs. Unset type, sessionAffinity, protocol,
/// targetPort and externalTrafficPolicy take upstream's defaults.
/// </summary>
public sealed partial class ServiceValidator : ObjectValidator<Service>
{
    private static readonly string[] Types = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
    private static readonly string[] Affinities = ["ClientIP", "None"];
    private static readonly string[] Protocols = ["SCTP", "TCP", "UDP"];

    // Upstream ports.KubeletPort, which LoadBalancers may not expose.
    private const int KubeletPort = 10250;

    protected override NameRule NameRule => NameRule.Dns1035Label;

    protected override void ValidateCreate(Service obj, List<FieldError> errors)
    {
        var spec = obj.Spec;
        var type = string.IsNullOrEmpty(spec.Type) ? "ClusterIP" : spec.Type;
        var clusterIPs = ClusterIPs(spec);
        var headless = clusterIPs.Count > 0 && clusterIPs[0] == "None";
        var ports = spec.Ports ?? [];
        if (ports.Count == 0 && !headless && type != "ExternalName")
        {
            errors.Add(FieldError.Required(Spec.Child("ports")));
        }

        ValidateTypeSpecifics(spec, type, clusterIPs, headless, errors);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ports.Count; i++)
        {
            ValidatePort(ports[i], ports.Count > 1, names, Spec.Child("ports").Index(i), errors);
        }

        if (spec.Selector is not null)
        {
            LabelValidation.ValidateLabels(spec.Selector, Spec.Child("selector"), errors);
        }

        ValidateSessionAffinity(spec, errors);
        ValidateClusterIPs(spec, clusterIPs, errors);
        for (var i = 0; i < (spec.ExternalIPs?.Count ?? 0); i++)
        {
            foreach (var message in IPValidation.IsValidIP(spec.ExternalIPs![i]))
            {
                errors.Add(FieldError.Invalid(Spec.Child("externalIPs").Index(i), spec.ExternalIPs[i], message));
            }
        }

        if (!Types.Contains(type))
        {
            errors.Add(FieldError.NotSupported(Spec.Child("type"), type, Types));
        }

        ValidatePortCombinations(ports, type, errors);
        ValidateExternalTrafficPolicy(spec, type, errors);
    }

    protected override void ValidateUpdate(Service obj, Service old, List<FieldError> errors)
    {
        var type = string.IsNullOrEmpty(obj.Spec.Type) ? "ClusterIP" : obj.Spec.Type;
        var oldType = string.IsNullOrEmpty(old.Spec.Type) ? "ClusterIP" : old.Spec.Type;

        // The cluster IP of a service that has one may not change, except to or from ExternalName.
        if (type != "ExternalName" && oldType != "ExternalName" && !string.IsNullOrEmpty(old.Spec.ClusterIP))
        {
            ObjectMetaValidation.Immutable(obj.Spec.ClusterIP ?? "", old.Spec.ClusterIP, Spec.Child("clusterIP"), errors);
        }

        if (type != "ExternalName" && oldType != "ExternalName")
        {
            var ips = ClusterIPs(obj.Spec);
            var oldIPs = ClusterIPs(old.Spec);
            if (oldIPs.Count > 0 && ips.Count > 0 && ips[0] != oldIPs[0])
            {
                errors.Add(FieldError.Invalid(Spec.Child("clusterIPs").Index(0), ips, "may not change once set"));
            }
        }

        ValidateCreate(obj, errors);
    }

    /// <summary>clusterIPs as the strategy fills it from clusterIP before validation.</summary>
    private static List<string> ClusterIPs(ServiceSpec spec) =>
        spec.ClusterIPs is { Count: > 0 } ? spec.ClusterIPs : string.IsNullOrEmpty(spec.ClusterIP) ? [] : [spec.ClusterIP];

    private static void ValidateTypeSpecifics(ServiceSpec spec, string type, List<string> clusterIPs, bool headless, List<FieldError> errors)
    {
        switch (type)
        {
            case "LoadBalancer" or "NodePort":
                if (headless)
                {
                    errors.Add(FieldError.Invalid(Spec.Child("clusterIPs").Index(0), clusterIPs[0], $"may not be set to 'None' for {type} services"));
                }

                if (type == "LoadBalancer")
                {
                    for (var i = 0; i < (spec.Ports?.Count ?? 0); i++)
                    {
                        if (spec.Ports![i].Port == KubeletPort)
                        {
                            errors.Add(FieldError.Invalid(Spec.Child("ports").Index(i), KubeletPort,
                                $"may not expose port {KubeletPort} externally since it is used by kubelet"));
                        }
                    }
                }

                break;
            case "ExternalName":
                if (clusterIPs.Count > 0)
                {
                    errors.Add(FieldError.Forbidden(Spec.Child("clusterIPs"), "may not be set for ExternalName services"));
                }

                if (spec.IPFamilies is { Count: > 0 })
                {
                    errors.Add(FieldError.Forbidden(Spec.Child("ipFamilies"), "may not be set for ExternalName services"));
                }

                if (spec.IPFamilyPolicy is not null)
                {
                    errors.Add(FieldError.Forbidden(Spec.Child("ipFamilyPolicy"), "may not be set for ExternalName services"));
                }

                // A trailing dot marks the CNAME as fully qualified.
                var cname = (spec.ExternalName ?? "").TrimEnd('.');
                if (cname.Length == 0)
                {
                    errors.Add(FieldError.Required(Spec.Child("externalName")));
                }
                else
                {
                    foreach (var message in NameValidation.IsDNS1123Subdomain(cname))
                    {
                        errors.Add(FieldError.Invalid(Spec.Child("externalName"), cname, message));
                    }
                }

                break;
        }
    }
}
