using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// Upstream ValidatePodSpec (pkg/apis/core/validation), same paths and messages. Validation may
/// run before defaulting, so a field the defaulter would fill (restartPolicy, dnsPolicy,
/// terminationGracePeriodSeconds, probe timings, protocols, pull policy, ...) is accepted when unset.
/// </summary>
public static partial class PodSpecValidation
{
    private const long DefaultGracePeriod = 30;

    public static void Validate(PodSpec spec, FieldPath path, List<FieldError> errors)
    {
        var volumeNames = ValidateVolumes(spec.Volumes, path.Child("volumes"), errors);
        var volumes = (spec.Volumes ?? []).Where(v => volumeNames.Contains(v.Name))
            .GroupBy(v => v.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var claimNames = (spec.ResourceClaims ?? []).Select(c => c.Name).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var context = new PodContext(
            volumes,
            claimNames,
            spec.TerminationGracePeriodSeconds ?? DefaultGracePeriod,
            string.IsNullOrEmpty(spec.RestartPolicy) ? RestartPolicy.Always : spec.RestartPolicy);

        ValidateContainers(spec, context, path.Child("containers"), errors);
        ValidateInitContainers(spec, context, path.Child("initContainers"), errors);
        ValidateHostNetworkPorts(spec, path, errors);
        ValidateEnum(spec.RestartPolicy, [RestartPolicy.Always, RestartPolicy.OnFailure, RestartPolicy.Never], path.Child("restartPolicy"), errors);
        ValidateEnum(spec.DnsPolicy, [DNSPolicy.ClusterFirstWithHostNet, DNSPolicy.ClusterFirst, DNSPolicy.Default, DNSPolicy.None],
            path.Child("dnsPolicy"), errors);
        LabelValidation.ValidateLabels(spec.NodeSelector, path.Child("nodeSelector"), errors);
        SecurityContextValidation.ValidatePod(spec, path.Child("securityContext"), errors);
        SchedulingValidation.ValidateAffinity(spec.Affinity, path.Child("affinity"), errors);
        ValidateDnsConfig(spec.DnsConfig, spec.DnsPolicy, path.Child("dnsConfig"), errors);
        ValidateGates(spec, path, errors);
        SchedulingValidation.ValidateTopologySpreadConstraints(spec.TopologySpreadConstraints, path.Child("topologySpreadConstraints"), errors);
        ValidateNames(spec, path, errors);
        if (spec.ActiveDeadlineSeconds is { } deadline && deadline is < 1 or > int.MaxValue)
        {
            errors.Add(FieldError.Invalid(path.Child("activeDeadlineSeconds"), deadline, NameValidation.InclusiveRangeError(1, int.MaxValue)));
        }

        SchedulingValidation.ValidateTolerations(spec.Tolerations, path.Child("tolerations"), errors);
        ValidateHostAliases(spec.HostAliases, path.Child("hostAliases"), errors);
        if (spec.PreemptionPolicy is { } preemption)
        {
            ValidateEnum(preemption, ["PreemptLowerPriority", "Never"], path.Child("preemptionPolicy"), errors, allowEmpty: false);
        }

        if (spec.Overhead is not null)
        {
            ResourceValidation.ValidateContainerResources(new ResourceRequirements { Limits = spec.Overhead }, claimNames, path.Child("overhead"), errors);
        }

        if (spec.OS is { } os && os.Name is not ("linux" or "windows"))
        {
            errors.Add(FieldError.NotSupported(path.Child("os", "name"), os.Name, ["linux", "windows"]));
        }
    }

    /// <summary>
    /// Upstream validateRestartPolicy / validateDNSPolicy shape: empty is Required, unknown is
    /// NotSupported. Unset (null) means the upstream default applies.
    /// </summary>
    private static void ValidateEnum(string? value, string[] supported, FieldPath path, List<FieldError> errors, bool allowEmpty = true)
    {
        if (value is null || (allowEmpty && value.Length == 0))
        {
            return;
        }

        if (value.Length == 0)
        {
            errors.Add(FieldError.Required(path));
        }
        else if (!supported.Contains(value))
        {
            errors.Add(FieldError.NotSupported(path, value, supported));
        }
    }

    /// <summary>Upstream validatePodHostNetworkDeps: with hostNetwork, a set hostPort must equal containerPort.</summary>
    private static void ValidateHostNetworkPorts(PodSpec spec, FieldPath path, List<FieldError> errors)
    {
        if (spec.HostNetwork != true)
        {
            return;
        }

        for (var i = 0; i < spec.Containers.Count; i++)
        {
            var ports = spec.Containers[i].Ports ?? [];
            for (var p = 0; p < ports.Count; p++)
            {
                // An unset hostPort is defaulted to the containerPort for hostNetwork pods.
                if (ports[p].HostPort is { } hostPort and not 0 && hostPort != ports[p].Port)
                {
                    errors.Add(FieldError.Invalid(path.Child("containers").Index(i).Child("ports").Index(p).Child("hostPort"), hostPort,
                        "must match `containerPort` when `hostNetwork` is true"));
                }
            }
        }
    }

    private static void ValidateNames(PodSpec spec, FieldPath path, List<FieldError> errors)
    {
        SubdomainIfSet(spec.ServiceAccountName, path.Child("serviceAccountName"), errors);
        SubdomainIfSet(spec.NodeName, path.Child("nodeName"), errors);
        if (!string.IsNullOrEmpty(spec.Hostname))
        {
            Dns1123Label(spec.Hostname, path.Child("hostname"), errors);
        }

        if (!string.IsNullOrEmpty(spec.Subdomain))
        {
            Dns1123Label(spec.Subdomain, path.Child("subdomain"), errors);
        }

        SubdomainIfSet(spec.PriorityClassName, path.Child("priorityClassName"), errors);
        if (spec.RuntimeClassName is not null)
        {
            foreach (var message in NameValidation.IsDNS1123Subdomain(spec.RuntimeClassName))
            {
                errors.Add(FieldError.Invalid(path.Child("runtimeClassName"), spec.RuntimeClassName, message));
            }
        }
    }

    private static void SubdomainIfSet(string? value, FieldPath path, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        foreach (var message in NameValidation.IsDNS1123Subdomain(value))
        {
            errors.Add(FieldError.Invalid(path, value, message));
        }
    }
}
