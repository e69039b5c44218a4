using Dotkube.Api.Schema;
using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodSpec, every v1.32 field in upstream order.</summary>
public sealed class PodSpec
{
    [PatchStrategy("merge,retainKeys")]
    [PatchMergeKey("name")]
    public List<Volume>? Volumes { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<Container>? InitContainers { get; set; }

    /// <summary>Required (at least one), so always written.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<Container> Containers { get; set => field = value ?? []; } = [];

    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<EphemeralContainer>? EphemeralContainers { get; set; }

    /// <summary>One of <see cref="Dotkube.Api.Core.V1.RestartPolicy"/>; defaulted to Always upstream.</summary>
    public string? RestartPolicy { get; set; }

    /// <summary>Defaulted to 30 upstream.</summary>
    public long? TerminationGracePeriodSeconds { get; set; }

    public long? ActiveDeadlineSeconds { get; set; }

    /// <summary>One of <see cref="Dotkube.Api.Core.V1.DNSPolicy"/>; defaulted to ClusterFirst upstream.</summary>
    public string? DnsPolicy { get; set; }

    public Dictionary<string, string>? NodeSelector { get; set; }

    public string? ServiceAccountName { get; set; }

    /// <summary>Deprecated alias of serviceAccountName; upstream keeps the two in sync.</summary>
    public string? ServiceAccount { get; set; }

    public bool? AutomountServiceAccountToken { get; set; }

    public string? NodeName { get; set; }

    public bool? HostNetwork { get; set; }

    public bool? HostPID { get; set; }

    public bool? HostIPC { get; set; }

    public bool? ShareProcessNamespace { get; set; }

    public PodSecurityContext? SecurityContext { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<LocalObjectReference>? ImagePullSecrets { get; set; }

    public string? Hostname { get; set; }

    public string? Subdomain { get; set; }

    public Affinity? Affinity { get; set; }

    /// <summary>Defaulted to "default-scheduler" upstream.</summary>
    public string? SchedulerName { get; set; }

    public List<Toleration>? Tolerations { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("ip")]
    public List<HostAlias>? HostAliases { get; set; }

    public string? PriorityClassName { get; set; }

    /// <summary>Filled from priorityClassName by the Priority admission plugin.</summary>
    public int? Priority { get; set; }

    public PodDNSConfig? DnsConfig { get; set; }

    public List<PodReadinessGate>? ReadinessGates { get; set; }

    public string? RuntimeClassName { get; set; }

    /// <summary>Defaulted to true upstream.</summary>
    public bool? EnableServiceLinks { get; set; }

    /// <summary>"PreemptLowerPriority" (the default) or "Never".</summary>
    public string? PreemptionPolicy { get; set; }

    /// <summary>Set from the RuntimeClass by admission.</summary>
    public Dictionary<string, Quantity>? Overhead { get; set; }

    /// <summary>A list-map keyed by topologyKey and whenUnsatisfiable; strategic merge uses topologyKey.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("topologyKey")]
    public List<TopologySpreadConstraint>? TopologySpreadConstraints { get; set; }

    public bool? SetHostnameAsFQDN { get; set; }

    public PodOS? OS { get; set; }

    /// <summary>False asks for a user namespace (UserNamespacesSupport).</summary>
    public bool? HostUsers { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<PodSchedulingGate>? SchedulingGates { get; set; }

    [PatchStrategy("merge,retainKeys")]
    [PatchMergeKey("name")]
    public List<PodResourceClaim>? ResourceClaims { get; set; }

    /// <summary>Pod-level requests and limits (PodLevelResources gate, alpha in v1.32).</summary>
    public ResourceRequirements? Resources { get; set; }
}
