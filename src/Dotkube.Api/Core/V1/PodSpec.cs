using Dotkube.Api.Schema;
using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>The desired state of a pod: which containers to run, the volumes they share, and where and how the pod may be scheduled.</summary>
/// <remarks>core/v1 PodSpec, every v1.32 field in upstream order.</remarks>
public sealed class PodSpec
{
    /// <summary>Volumes that containers of this pod can mount, each identified by a unique name.</summary>
    [PatchStrategy("merge,retainKeys")]
    [PatchMergeKey("name")]
    public List<Volume>? Volumes { get; set; }

    /// <summary>Containers run one after another, each to completion, before the main containers start; an init container with restartPolicy Always instead keeps running alongside them as a sidecar.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<Container>? InitContainers { get; set; }

    /// <summary>The application containers of the pod. At least one is required, and containers cannot be added or removed after creation.</summary>
    /// <remarks>Required (at least one), so always written.</remarks>
    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<Container> Containers { get; set => field = value ?? []; } = [];

    /// <summary>Temporary containers added to a running pod for troubleshooting, through the ephemeralcontainers subresource. They cannot be removed.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<EphemeralContainer>? EphemeralContainers { get; set; }

    /// <summary>When containers are restarted after they exit: Always, OnFailure or Never. Defaults to Always.</summary>
    /// <remarks>One of <see cref="Dotkube.Api.Core.V1.RestartPolicy"/>; defaulted to Always upstream.</remarks>
    public string? RestartPolicy { get; set; }

    /// <summary>Seconds the pod is given to shut down gracefully after it is asked to stop, before its processes are killed. Defaults to 30.</summary>
    /// <remarks>Defaulted to 30 upstream.</remarks>
    public long? TerminationGracePeriodSeconds { get; set; }

    /// <summary>Seconds the pod may run, counted from its start, before the system marks it failed and stops its containers. Must be positive when set.</summary>
    public long? ActiveDeadlineSeconds { get; set; }

    /// <summary>How DNS is configured for the pod: ClusterFirst, ClusterFirstWithHostNet, Default or None. Defaults to ClusterFirst.</summary>
    /// <remarks>One of <see cref="Dotkube.Api.Core.V1.DNSPolicy"/>; defaulted to ClusterFirst upstream.</remarks>
    public string? DnsPolicy { get; set; }

    /// <summary>Node labels that must all be present, with these values, on a node for the pod to be scheduled there.</summary>
    public Dictionary<string, string>? NodeSelector { get; set; }

    /// <summary>The name of the ServiceAccount the pod runs as; its credentials are what the pod uses to call the API. Defaults to "default".</summary>
    public string? ServiceAccountName { get; set; }

    /// <summary>Deprecated: use serviceAccountName instead.</summary>
    /// <remarks>Deprecated alias of serviceAccountName; upstream keeps the two in sync.</remarks>
    public string? ServiceAccount { get; set; }

    /// <summary>Whether an API token for the pod's service account is mounted into its containers automatically.</summary>
    public bool? AutomountServiceAccountToken { get; set; }

    /// <summary>The node the pod runs on. Normally set by the scheduler; setting it yourself bypasses scheduling.</summary>
    public string? NodeName { get; set; }

    /// <summary>Use the node's network namespace, so the pod sees the host's network interfaces and ports. Defaults to false.</summary>
    public bool? HostNetwork { get; set; }

    /// <summary>Use the node's process ID namespace, so the pod can see all processes on the host. Defaults to false.</summary>
    public bool? HostPID { get; set; }

    /// <summary>Use the node's IPC namespace. Defaults to false.</summary>
    public bool? HostIPC { get; set; }

    /// <summary>Share one process namespace between all containers of the pod, so they can see and signal each other's processes. Defaults to false.</summary>
    public bool? ShareProcessNamespace { get; set; }

    /// <summary>Security settings that apply to all containers of the pod, such as the user and group IDs they run as.</summary>
    public PodSecurityContext? SecurityContext { get; set; }

    /// <summary>Secrets in the pod's namespace holding registry credentials, used to pull the pod's images.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<LocalObjectReference>? ImagePullSecrets { get; set; }

    /// <summary>The pod's hostname. Defaults to the pod's name.</summary>
    public string? Hostname { get; set; }

    /// <summary>When set, the pod's fully qualified name becomes hostname.subdomain.namespace.svc.cluster-domain, resolvable through a headless Service of that name.</summary>
    public string? Subdomain { get; set; }

    /// <summary>Rules that attract the pod to, or keep it away from, certain nodes or other pods.</summary>
    public Affinity? Affinity { get; set; }

    /// <summary>The scheduler that places this pod. Defaults to "default-scheduler".</summary>
    /// <remarks>Defaulted to "default-scheduler" upstream.</remarks>
    public string? SchedulerName { get; set; }

    /// <summary>Taints the pod tolerates, allowing it to be scheduled on (or stay on) nodes that carry them.</summary>
    public List<Toleration>? Tolerations { get; set; }

    /// <summary>Extra hostname-to-IP entries written into the /etc/hosts file of the pod's containers.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("ip")]
    public List<HostAlias>? HostAliases { get; set; }

    /// <summary>The name of a PriorityClass that sets the pod's priority; higher-priority pods are scheduled first and may preempt lower ones.</summary>
    public string? PriorityClassName { get; set; }

    /// <summary>The pod's priority value, filled in from priorityClassName when the pod is created. Higher means more important.</summary>
    /// <remarks>Filled from priorityClassName by the Priority admission plugin.</remarks>
    public int? Priority { get; set; }

    /// <summary>DNS settings (nameservers, search domains, resolver options) merged with, or used instead of, those chosen by dnsPolicy.</summary>
    public PodDNSConfig? DnsConfig { get; set; }

    /// <summary>Extra pod conditions that must all be True, alongside container readiness, before the pod counts as ready.</summary>
    public List<PodReadinessGate>? ReadinessGates { get; set; }

    /// <summary>The name of a RuntimeClass selecting the container runtime configuration used to run this pod.</summary>
    public string? RuntimeClassName { get; set; }

    /// <summary>Whether environment variables describing the Services in the pod's namespace are injected into its containers. Defaults to true.</summary>
    /// <remarks>Defaulted to true upstream.</remarks>
    public bool? EnableServiceLinks { get; set; }

    /// <summary>Whether this pod may evict lower-priority pods to make room for itself: PreemptLowerPriority (the default) or Never.</summary>
    /// <remarks>"PreemptLowerPriority" (the default) or "Never".</remarks>
    public string? PreemptionPolicy { get; set; }

    /// <summary>Resources the pod's sandbox consumes on top of its containers' requests, filled in from its RuntimeClass.</summary>
    /// <remarks>Set from the RuntimeClass by admission.</remarks>
    public Dictionary<string, Quantity>? Overhead { get; set; }

    /// <summary>Rules for spreading matching pods evenly across topology domains such as zones or nodes.</summary>
    /// <remarks>A list-map keyed by topologyKey and whenUnsatisfiable; strategic merge uses topologyKey.</remarks>
    [PatchStrategy("merge")]
    [PatchMergeKey("topologyKey")]
    public List<TopologySpreadConstraint>? TopologySpreadConstraints { get; set; }

    /// <summary>Set the pod's hostname to its fully qualified domain name rather than its short name. Defaults to false.</summary>
    public bool? SetHostnameAsFQDN { get; set; }

    /// <summary>The operating system (linux or windows) the pod's containers need; used for scheduling and validation.</summary>
    public PodOS? OS { get; set; }

    /// <summary>Whether the pod uses the host's user namespace. False runs the pod in its own user namespace. Defaults to true.</summary>
    /// <remarks>False asks for a user namespace (UserNamespacesSupport).</remarks>
    public bool? HostUsers { get; set; }

    /// <summary>Gates that keep the pod from being scheduled while any remain. Gates can only be removed after creation.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<PodSchedulingGate>? SchedulingGates { get; set; }

    /// <summary>Resource claims (for example devices) that the pod's containers can use, each referenced by name. Immutable.</summary>
    [PatchStrategy("merge,retainKeys")]
    [PatchMergeKey("name")]
    public List<PodResourceClaim>? ResourceClaims { get; set; }

    /// <summary>CPU and memory requests and limits for the pod as a whole, shared by its containers.</summary>
    /// <remarks>Pod-level requests and limits (PodLevelResources gate, alpha in v1.32).</remarks>
    public ResourceRequirements? Resources { get; set; }
}
