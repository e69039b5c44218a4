namespace Dotkube.Api.Apps.V1;

/// <summary>Label and annotation keys the apps controllers stamp on the objects they create.</summary>
public static class AppsLabelKeys
{
    /// <summary>Revision hash on StatefulSet and DaemonSet pods and their ControllerRevisions.</summary>
    public const string ControllerRevisionHash = "controller-revision-hash";

    /// <summary>Template hash a Deployment adds to its ReplicaSets' selectors and pods.</summary>
    public const string PodTemplateHash = "pod-template-hash";

    public const string StatefulSetPodName = "statefulset.kubernetes.io/pod-name";

    public const string PodIndex = "apps.kubernetes.io/pod-index";

    public const string DeprecatedRollbackTo = "deprecated.deployment.rollback.to";

    public const string DeprecatedTemplateGeneration = "deprecated.daemonset.template.generation";
}
