namespace Dotkube.Api.OpenApi;

/// <summary>
/// Where upstream's "required" list differs from what the C# shape implies (ADR 0001: nullable =
/// omitempty, non-nullable = always written). Go marks fields required with +required/+optional
/// comments, which leave no trace in the CLR type, so the exceptions are listed here by the
/// definition's CLR type and the JSON field name, as upstream v1.32 documents them.
/// </summary>
internal static class RequiredFields
{
    /// <summary>
    /// Non-pointer struct fields (including metav1.Time and MicroTime) that upstream requires. All
    /// others (spec, status, metadata, resources, condition times, ...) are omitempty structs:
    /// written always, required never.
    /// </summary>
    private static readonly HashSet<(Type, string)> RequiredStructs =
    [
        (typeof(Apps.V1.DeploymentSpec), "template"),
        (typeof(Apps.V1.DaemonSetSpec), "template"),
        (typeof(Apps.V1.StatefulSetSpec), "template"),
        (typeof(Batch.V1.JobSpec), "template"),
        (typeof(Batch.V1.CronJobSpec), "jobTemplate"),
        (typeof(Core.V1.Binding), "target"),
        (typeof(Core.V1.Event), "metadata"),
        (typeof(Core.V1.Event), "involvedObject"),
        (typeof(Core.V1.PreferredSchedulingTerm), "preference"),
        (typeof(Core.V1.WeightedPodAffinityTerm), "podAffinityTerm"),
        (typeof(Core.V1.PersistentVolumeClaimTemplate), "spec"),
        (typeof(Networking.V1.HTTPIngressPath), "backend"),
        (typeof(Rbac.V1.RoleBinding), "roleRef"),
        (typeof(Rbac.V1.ClusterRoleBinding), "roleRef"),
        (typeof(Autoscaling.V1.HorizontalPodAutoscalerSpec), "scaleTargetRef"),
        (typeof(Autoscaling.V2.HorizontalPodAutoscalerSpec), "scaleTargetRef"),
        (typeof(Autoscaling.V2.ObjectMetricSource), "describedObject"),
        (typeof(Autoscaling.V2.ObjectMetricSource), "target"),
        (typeof(Autoscaling.V2.ObjectMetricSource), "metric"),
        (typeof(Autoscaling.V2.ObjectMetricStatus), "metric"),
        (typeof(Autoscaling.V2.ObjectMetricStatus), "current"),
        (typeof(Autoscaling.V2.ObjectMetricStatus), "describedObject"),
        (typeof(Autoscaling.V2.PodsMetricSource), "metric"),
        (typeof(Autoscaling.V2.PodsMetricSource), "target"),
        (typeof(Autoscaling.V2.PodsMetricStatus), "metric"),
        (typeof(Autoscaling.V2.PodsMetricStatus), "current"),
        (typeof(Autoscaling.V2.ResourceMetricSource), "target"),
        (typeof(Autoscaling.V2.ResourceMetricStatus), "current"),
        (typeof(Autoscaling.V2.ContainerResourceMetricSource), "target"),
        (typeof(Autoscaling.V2.ContainerResourceMetricStatus), "current"),
        (typeof(Autoscaling.V2.ExternalMetricSource), "metric"),
        (typeof(Autoscaling.V2.ExternalMetricSource), "target"),
        (typeof(Autoscaling.V2.ExternalMetricStatus), "metric"),
        (typeof(Autoscaling.V2.ExternalMetricStatus), "current"),
        (typeof(Authentication.V1.TokenReview), "spec"),
        (typeof(Authentication.V1.TokenRequest), "spec"),
        (typeof(Authorization.V1.SubjectAccessReview), "spec"),
        (typeof(Authorization.V1.SelfSubjectAccessReview), "spec"),
        (typeof(Authorization.V1.LocalSubjectAccessReview), "spec"),
        (typeof(Authorization.V1.SelfSubjectRulesReview), "spec"),
        (typeof(ApiExtensions.V1.CustomResourceDefinition), "spec"),
        (typeof(ApiExtensions.V1.CustomResourceDefinitionSpec), "names"),
        (typeof(Meta.Condition), "lastTransitionTime"),
        (typeof(Events.V1.Event), "eventTime"),
        (typeof(Events.V1.EventSeries), "lastObservedTime"),
        (typeof(Authentication.V1.TokenRequestStatus), "expirationTimestamp"),
    ];

    /// <summary>Pointer or omitempty fields that upstream nevertheless requires.</summary>
    private static readonly HashSet<(Type, string)> RequiredPointers =
    [
        (typeof(Apps.V1.DeploymentSpec), "selector"),
        (typeof(Apps.V1.DaemonSetSpec), "selector"),
        (typeof(Apps.V1.ReplicaSetSpec), "selector"),
        (typeof(Apps.V1.StatefulSetSpec), "selector"),
        (typeof(Networking.V1.HTTPIngressPath), "pathType"),
    ];

    /// <summary>Always-written scalars and lists that upstream marks +optional.</summary>
    private static readonly HashSet<(Type, string)> OptionalValues =
    [
        (typeof(Apps.V1.StatefulSetStatus), "availableReplicas"),
        (typeof(Apps.V1.StatefulSetOrdinals), "start"),
        (typeof(Autoscaling.V2.HorizontalPodAutoscalerStatus), "currentMetrics"),
        (typeof(Batch.V1.PodFailurePolicyRule), "onPodConditions"),
        (typeof(Core.V1.Event), "reportingComponent"),
        (typeof(Core.V1.Event), "reportingInstance"),
        (typeof(Core.V1.ResourceFieldSelector), "divisor"),
        (typeof(Core.V1.NodeRuntimeHandler), "name"),
        (typeof(Core.V1.ContainerImage), "names"),
        (typeof(Discovery.V1.EndpointSlice), "ports"),
        (typeof(Rbac.V1.Role), "rules"),
        (typeof(Rbac.V1.ClusterRole), "rules"),
        (typeof(ApiExtensions.V1.CustomResourceDefinitionStatus), "conditions"),
        (typeof(ApiExtensions.V1.CustomResourceDefinitionStatus), "storedVersions"),
    ];

    public static bool IsRequiredStruct(Type owner, string field) => RequiredStructs.Contains((owner, field));

    public static bool IsRequiredPointer(Type owner, string field) => RequiredPointers.Contains((owner, field));

    public static bool IsOptionalValue(Type owner, string field) => OptionalValues.Contains((owner, field));
}
