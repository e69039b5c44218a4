using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Defaulting;

internal static partial class CoreV1Defaults
{
    /// <summary>As upstream SetObjectDefaults_Pod: SetDefaults_Pod, then the pod spec and everything in it.</summary>
    public static void SetObjectDefaults_Pod(Pod pod)
    {
        SetDefaults_Pod(pod);
        SetPodSpecDefaults(pod.Spec);
    }

    public static void SetObjectDefaults_PodTemplate(PodTemplate template) => SetPodTemplateSpecDefaults(template.Template);

    /// <summary>
    /// What every object embedding a PodTemplateSpec gets (PodTemplate, ReplicationController and
    /// the apps and batch workloads): the PodSpec defaults only, never SetDefaults_Pod.
    /// </summary>
    public static void SetPodTemplateSpecDefaults(PodTemplateSpec template) => SetPodSpecDefaults(template.Spec);

    /// <summary>As upstream SetDefaults_Pod: the defaults that only materialize on a Pod, not on templates.</summary>
    public static void SetDefaults_Pod(Pod pod)
    {
        // As upstream: a container's requests default to its limits here rather than on
        // ResourceRequirements, so PodTemplates keep what the user wrote.
        foreach (var container in pod.Spec.Containers)
        {
            DefaultRequestsFromLimits(container.Resources);
        }

        foreach (var container in pod.Spec.InitContainers ?? [])
        {
            DefaultRequestsFromLimits(container.Resources);
        }

        // Pod-level request/limit defaulting is behind the PodLevelResources gate, alpha (off) in v1.32.
        pod.Spec.EnableServiceLinks ??= true;

        // As upstream (v1.28+): hostNetwork pods get hostPort = containerPort; templates do not
        // (DefaultHostNetworkHostPortsInPodTemplates is off).
        if (pod.Spec.HostNetwork == true)
        {
            DefaultHostNetworkPorts(pod.Spec.Containers);
            DefaultHostNetworkPorts(pod.Spec.InitContainers);
        }
    }

    /// <summary>As upstream SetDefaults_PodSpec (kept small upstream: new fields go to SetDefaults_Pod).</summary>
    public static void SetDefaults_PodSpec(PodSpec spec)
    {
        if (IsUnset(spec.DnsPolicy))
        {
            spec.DnsPolicy = DNSPolicy.ClusterFirst;
        }

        if (IsUnset(spec.RestartPolicy))
        {
            spec.RestartPolicy = RestartPolicy.Always;
        }

        spec.SecurityContext ??= new PodSecurityContext();
        spec.TerminationGracePeriodSeconds ??= 30;
        if (IsUnset(spec.SchedulerName))
        {
            spec.SchedulerName = "default-scheduler";
        }
    }

    /// <summary>SetDefaults_PodSpec and then the nested defaulters, in the generated order.</summary>
    private static void SetPodSpecDefaults(PodSpec spec)
    {
        SetDefaults_PodSpec(spec);
        foreach (var volume in spec.Volumes ?? [])
        {
            SetVolumeDefaults(volume);
        }

        foreach (var container in spec.InitContainers ?? [])
        {
            SetContainerDefaults(container);
        }

        foreach (var container in spec.Containers)
        {
            SetContainerDefaults(container);
        }

        foreach (var container in spec.EphemeralContainers ?? [])
        {
            SetContainerDefaults(container);
        }

        SetDefaults_ResourceList(spec.Overhead);
        if (spec.Resources is { } resources)
        {
            SetDefaults_ResourceList(resources.Limits);
            SetDefaults_ResourceList(resources.Requests);
        }
    }

    private static void DefaultRequestsFromLimits(ResourceRequirements resources)
    {
        if (resources.Limits is not { Count: > 0 } limits)
        {
            return;
        }

        resources.Requests ??= [];
        foreach (var (name, limit) in limits)
        {
            resources.Requests.TryAdd(name, limit);
        }
    }

    private static void DefaultHostNetworkPorts(List<Container>? containers)
    {
        foreach (var container in containers ?? [])
        {
            foreach (var port in container.Ports ?? [])
            {
                if (port.HostPort is null or 0)
                {
                    port.HostPort = port.Port;
                }
            }
        }
    }
}
