using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>
/// apiextensions.k8s.io/v1 CustomResourceDefinition: a resource served by the API server from a
/// schema. Its name must be &lt;spec.names.plural&gt;.&lt;spec.group&gt;.
/// </summary>
[KubeKind("apiextensions.k8s.io", "v1", "customresourcedefinitions", Namespaced = false,
    ShortNames = ["crd", "crds"], Categories = ["api-extensions"], Subresources = ["status"])]
public sealed class CustomResourceDefinition : KubeObject
{
    /// <summary>Set on every CRD; removed once all instances are deleted.</summary>
    public const string CleanupFinalizer = "customresourcecleanup.apiextensions.k8s.io";

    public CustomResourceDefinitionSpec Spec { get; set => field = value ?? new(); } = new();

    public CustomResourceDefinitionStatus Status { get; set => field = value ?? new(); } = new();
}
