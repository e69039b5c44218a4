using Dotkube.Api.Apps.V1;
using Dotkube.Api.Values;

namespace Dotkube.Api.Defaulting;

/// <summary>Defaults for apps/v1, as upstream pkg/apis/apps/v1/defaults.go and its generated walk.</summary>
internal static class AppsV1Defaults
{
    public static void SetObjectDefaults_Deployment(Deployment deployment)
    {
        SetDefaults_Deployment(deployment);
        CoreV1Defaults.SetPodTemplateSpecDefaults(deployment.Spec.Template);
    }

    public static void SetObjectDefaults_ReplicaSet(ReplicaSet replicaSet)
    {
        SetDefaults_ReplicaSet(replicaSet);
        CoreV1Defaults.SetPodTemplateSpecDefaults(replicaSet.Spec.Template);
    }

    public static void SetObjectDefaults_DaemonSet(DaemonSet daemonSet)
    {
        SetDefaults_DaemonSet(daemonSet);
        CoreV1Defaults.SetPodTemplateSpecDefaults(daemonSet.Spec.Template);
    }

    public static void SetObjectDefaults_StatefulSet(StatefulSet statefulSet)
    {
        SetDefaults_StatefulSet(statefulSet);
        CoreV1Defaults.SetPodTemplateSpecDefaults(statefulSet.Spec.Template);
        foreach (var claim in statefulSet.Spec.VolumeClaimTemplates ?? [])
        {
            CoreV1Defaults.SetObjectDefaults_PersistentVolumeClaim(claim);
        }
    }

    /// <summary>As upstream SetDefaults_Deployment: replicas 1, RollingUpdate 25%/25%, history 10, deadline 600 s.</summary>
    public static void SetDefaults_Deployment(Deployment deployment)
    {
        var spec = deployment.Spec;
        spec.Replicas ??= 1;
        if (string.IsNullOrEmpty(spec.Strategy.Type))
        {
            spec.Strategy.Type = DeploymentStrategyType.RollingUpdate;
        }

        if (spec.Strategy.Type == DeploymentStrategyType.RollingUpdate)
        {
            spec.Strategy.RollingUpdate ??= new RollingUpdateDeployment();
            spec.Strategy.RollingUpdate.MaxUnavailable ??= IntOrString.FromString("25%");
            spec.Strategy.RollingUpdate.MaxSurge ??= IntOrString.FromString("25%");
        }

        spec.RevisionHistoryLimit ??= 10;
        spec.ProgressDeadlineSeconds ??= 600;
    }

    public static void SetDefaults_ReplicaSet(ReplicaSet replicaSet) => replicaSet.Spec.Replicas ??= 1;

    /// <summary>As upstream SetDefaults_DaemonSet: RollingUpdate with maxUnavailable 1 and maxSurge 0, history 10.</summary>
    public static void SetDefaults_DaemonSet(DaemonSet daemonSet)
    {
        var strategy = daemonSet.Spec.UpdateStrategy;
        if (string.IsNullOrEmpty(strategy.Type))
        {
            strategy.Type = DaemonSetUpdateStrategyType.RollingUpdate;
        }

        if (strategy.Type == DaemonSetUpdateStrategyType.RollingUpdate)
        {
            strategy.RollingUpdate ??= new RollingUpdateDaemonSet();
            strategy.RollingUpdate.MaxUnavailable ??= IntOrString.FromInt(1);
            strategy.RollingUpdate.MaxSurge ??= IntOrString.FromInt(0);
        }

        daemonSet.Spec.RevisionHistoryLimit ??= 10;
    }

    /// <summary>
    /// As upstream SetDefaults_StatefulSet. The PVC retention policy is GA (StatefulSetAutoDeletePVC)
    /// in v1.32; the maxUnavailable default is behind the alpha MaxUnavailableStatefulSet gate, so not set.
    /// </summary>
    public static void SetDefaults_StatefulSet(StatefulSet statefulSet)
    {
        var spec = statefulSet.Spec;
        if (string.IsNullOrEmpty(spec.PodManagementPolicy))
        {
            spec.PodManagementPolicy = PodManagementPolicyType.OrderedReady;
        }

        // As upstream: a RollingUpdate object is only created when the type itself was defaulted.
        if (string.IsNullOrEmpty(spec.UpdateStrategy.Type))
        {
            spec.UpdateStrategy.Type = StatefulSetUpdateStrategyType.RollingUpdate;
            spec.UpdateStrategy.RollingUpdate ??= new RollingUpdateStatefulSetStrategy();
        }

        if (spec.UpdateStrategy.Type == StatefulSetUpdateStrategyType.RollingUpdate && spec.UpdateStrategy.RollingUpdate is { } rolling)
        {
            rolling.Partition ??= 0;
        }

        spec.PersistentVolumeClaimRetentionPolicy ??= new StatefulSetPersistentVolumeClaimRetentionPolicy();
        var retention = spec.PersistentVolumeClaimRetentionPolicy;
        if (string.IsNullOrEmpty(retention.WhenDeleted))
        {
            retention.WhenDeleted = PersistentVolumeClaimRetentionPolicyType.Retain;
        }

        if (string.IsNullOrEmpty(retention.WhenScaled))
        {
            retention.WhenScaled = PersistentVolumeClaimRetentionPolicyType.Retain;
        }

        spec.Replicas ??= 1;
        spec.RevisionHistoryLimit ??= 10;
    }
}
