using Dotkube.Api.Schema;

namespace Dotkube.ApiServer.Registry;

/// <summary>
/// Per-resource differences in upstream's registry strategies that the generic store needs:
/// which kinds track metadata.generation, which return the deleted object from DELETE, and
/// which default to orphaning dependents.
/// </summary>
public static class KindRules
{
    // Strategies that set generation 1 on create and bump it on spec changes.
    private static readonly HashSet<(string Group, string Resource)> Generation =
    [
        ("apps", "deployments"), ("apps", "replicasets"), ("apps", "statefulsets"), ("apps", "daemonsets"),
        ("", "replicationcontrollers"), ("batch", "jobs"), ("batch", "cronjobs"),
        ("autoscaling", "horizontalpodautoscalers"), ("policy", "poddisruptionbudgets"),
        ("networking.k8s.io", "networkpolicies"), ("networking.k8s.io", "ingresses"),
        ("discovery.k8s.io", "endpointslices"), ("apiextensions.k8s.io", "customresourcedefinitions"),
        ("scheduling.k8s.io", "priorityclasses"),
    ];

    // genericregistry.Store.ReturnDeletedObject, as set in upstream's registry stores (checked:
    // pods, serviceaccounts, persistentvolumes, storageclasses set it; configmaps, deployments,
    // jobs do not): these answer DELETE with the object, the rest with a Success Status.
    private static readonly HashSet<(string Group, string Resource)> ReturnDeleted =
    [
        ("", "pods"), ("", "services"), ("", "namespaces"), ("", "serviceaccounts"), ("", "persistentvolumes"),
        ("", "persistentvolumeclaims"), ("", "podtemplates"), ("storage.k8s.io", "storageclasses"),
    ];

    public static bool TracksGeneration(ResourceInfo resource) => Generation.Contains((resource.Group, resource.Plural));

    public static bool ReturnsDeletedObject(ResourceInfo resource) => ReturnDeleted.Contains((resource.Group, resource.Plural));

    /// <summary>As upstream: the core/v1 ReplicationController strategy defaults to orphaning its pods.</summary>
    public static bool OrphansByDefault(ResourceInfo resource) => resource.Group.Length == 0 && resource.Plural == "replicationcontrollers";

    public static bool HasStatus(ResourceInfo resource) => resource.Subresources.Contains("status");

    /// <summary>
    /// The metadata a status update may not change, as each kind's upstream status strategy resets
    /// it: Deployments keep their labels, Pods their ownerReferences (old kubelets corrupted them),
    /// CustomResourceDefinitions everything users own (metav1.ResetObjectMetaForStatus); the other
    /// built-in kinds only reset their spec, so a status update there may change labels and
    /// annotations (the Deployment controller relies on that for its revision annotation).
    /// </summary>
    public static IReadOnlyList<string> StatusResetMetadata(ResourceInfo resource) => (resource.Group, resource.Plural) switch
    {
        ("apps", "deployments") => ["labels"],
        ("", "pods") => ["ownerReferences"],
        ("apiextensions.k8s.io", "customresourcedefinitions") => ["labels", "annotations", "finalizers", "ownerReferences"],
        _ => [],
    };
}
