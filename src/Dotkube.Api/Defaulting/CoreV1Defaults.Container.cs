using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Defaulting;

internal static partial class CoreV1Defaults
{
    /// <summary>As upstream SetDefaults_Container.</summary>
    public static void SetDefaults_Container(Container container)
    {
        container.ImagePullPolicy = DefaultPullPolicy(container.ImagePullPolicy, container.Image);
        container.TerminationMessagePath = Or(container.TerminationMessagePath, TerminationMessagePolicy.DefaultPath);
        container.TerminationMessagePolicy = Or(container.TerminationMessagePolicy, TerminationMessagePolicy.File);
    }

    /// <summary>As upstream SetDefaults_Probe.</summary>
    public static void SetDefaults_Probe(Probe probe)
    {
        probe.TimeoutSeconds = OrNonZero(probe.TimeoutSeconds, 1);
        probe.PeriodSeconds = OrNonZero(probe.PeriodSeconds, 10);
        probe.SuccessThreshold = OrNonZero(probe.SuccessThreshold, 1);
        probe.FailureThreshold = OrNonZero(probe.FailureThreshold, 3);
    }

    /// <summary>As upstream SetDefaults_HTTPGetAction.</summary>
    public static void SetDefaults_HTTPGetAction(HTTPGetAction action)
    {
        action.Path = Or(action.Path, "/");
        action.Scheme = Or(action.Scheme, URIScheme.HTTP);
    }

    /// <summary>As upstream SetDefaults_ObjectFieldSelector.</summary>
    public static void SetDefaults_ObjectFieldSelector(ObjectFieldSelector selector) =>
        selector.ApiVersion = Or(selector.ApiVersion, "v1");

    /// <summary>Also serves ephemeral containers: upstream's SetDefaults_EphemeralContainer applies the same rules.</summary>
    private static void SetContainerDefaults(Container c)
    {
        SetDefaults_Container(c);
        SetContainerPartDefaults(c.Ports, c.Env, c.Resources, c.LivenessProbe, c.ReadinessProbe, c.StartupProbe, c.Lifecycle);
    }

    /// <summary>The nested defaulters the generated code runs for each container, in its order.</summary>
    private static void SetContainerPartDefaults(
        List<ContainerPort>? ports,
        List<EnvVar>? env,
        ResourceRequirements resources,
        Probe? liveness,
        Probe? readiness,
        Probe? startup,
        Lifecycle? lifecycle)
    {
        foreach (var port in ports ?? [])
        {
            // Declarative upstream: ContainerPort.protocol is +default="TCP".
            port.Protocol = Or(port.Protocol, Protocol.TCP);
        }

        foreach (var variable in env ?? [])
        {
            if (variable.ValueFrom?.FieldRef is { } fieldRef)
            {
                SetDefaults_ObjectFieldSelector(fieldRef);
            }
        }

        SetDefaults_ResourceList(resources.Limits);
        SetDefaults_ResourceList(resources.Requests);
        SetProbeDefaults(liveness);
        SetProbeDefaults(readiness);
        SetProbeDefaults(startup);
        if (lifecycle?.PostStart?.HttpGet is { } postStart)
        {
            SetDefaults_HTTPGetAction(postStart);
        }

        if (lifecycle?.PreStop?.HttpGet is { } preStop)
        {
            SetDefaults_HTTPGetAction(preStop);
        }
    }

    private static void SetProbeDefaults(Probe? probe)
    {
        if (probe is null)
        {
            return;
        }

        SetDefaults_Probe(probe);
        if (probe.HttpGet is { } httpGet)
        {
            SetDefaults_HTTPGetAction(httpGet);
        }

        // Declarative upstream: GRPCAction.service is +default="" (a pointer, so it is written).
        if (probe.Grpc is { } grpc)
        {
            grpc.Service ??= "";
        }
    }

    /// <summary>
    /// As upstream: Always when the image pulls tag "latest" (explicitly or by having neither tag
    /// nor digest), IfNotPresent otherwise, including digests and unparsable references.
    /// </summary>
    private static string DefaultPullPolicy(string? current, string? image) =>
        !IsUnset(current) ? current! : ImageReference.Tag(image) == "latest" ? PullPolicy.Always : PullPolicy.IfNotPresent;

    private static string Or(string? value, string fallback) => IsUnset(value) ? fallback : value!;

    private static int OrNonZero(int? value, int fallback) => value is null or 0 ? fallback : value.Value;
}
