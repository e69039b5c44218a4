using Dotkube.Api.Schema;
using Dotkube.Api.Validation;

namespace Dotkube.Api.Tests.Validation;

/// <summary>Which Scheme kinds have their own validator; a kind without one gets metadata checks only.</summary>
public class ValidationCoverageTests
{
    public static TheoryData<string> KindsWithValidators => new()
    {
        "apps/v1/Deployment", "apps/v1/ReplicaSet", "apps/v1/StatefulSet", "apps/v1/DaemonSet", "apps/v1/ControllerRevision",
        "batch/v1/Job", "batch/v1/CronJob",
        "autoscaling/v1/HorizontalPodAutoscaler", "autoscaling/v2/HorizontalPodAutoscaler",
        "policy/v1/PodDisruptionBudget",
        "scheduling.k8s.io/v1/PriorityClass",
        "networking.k8s.io/v1/Ingress", "networking.k8s.io/v1/IngressClass", "networking.k8s.io/v1/NetworkPolicy",
        "rbac.authorization.k8s.io/v1/Role", "rbac.authorization.k8s.io/v1/ClusterRole",
        "rbac.authorization.k8s.io/v1/RoleBinding", "rbac.authorization.k8s.io/v1/ClusterRoleBinding",
        "storage.k8s.io/v1/StorageClass",
        "coordination.k8s.io/v1/Lease",
        "discovery.k8s.io/v1/EndpointSlice",
        "apiextensions.k8s.io/v1/CustomResourceDefinition",
        "v1/Node", "v1/PersistentVolume", "v1/PersistentVolumeClaim", "v1/Endpoints", "v1/ServiceAccount",
        "v1/ResourceQuota", "v1/LimitRange", "v1/Event", "v1/Binding",
    };

    [Theory]
    [MemberData(nameof(KindsWithValidators))]
    public void HasValidator_GroupKind_IsTrue(string kind)
    {
        var info = Scheme.Default.All.Single(r => Key(r) == kind);

        Assert.True(ObjectValidation.HasValidator(info.ClrType));
    }

    /// <summary>Every kind has its own validator: the metadata-only fallback applies ObjectMeta rules that some kinds (reviews, events) must not get.</summary>
    [Fact]
    public void HasValidator_EverySchemeKind_IsTrue()
    {
        var missing = Scheme.Default.All.Where(r => !ObjectValidation.HasValidator(r.ClrType)).Select(Key).Order(StringComparer.Ordinal);

        Assert.Empty(missing);
    }

    private static string Key(ResourceInfo info) => $"{info.ApiVersion}/{info.Kind}";
}
