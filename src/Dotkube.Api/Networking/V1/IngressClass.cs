using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Networking.V1;

/// <summary>
/// networking.k8s.io/v1 IngressClass: which controller serves Ingresses of a class. The one
/// annotated <see cref="IsDefaultClassAnnotation"/> = "true" is assigned to Ingresses without a class.
/// </summary>
[KubeKind("networking.k8s.io", "v1", "ingressclasses", Namespaced = false)]
public sealed class IngressClass : KubeObject
{
    public const string IsDefaultClassAnnotation = "ingressclass.kubernetes.io/is-default-class";

    public IngressClassSpec Spec { get; set => field = value ?? new(); } = new();
}
