using Dotkube.Api.Schema;
namespace Dotkube.Api.Meta;

/// <summary>meta.k8s.io/v1 PartialObjectMetadata: an object reduced to its metadata (<c>as=PartialObjectMetadata</c>).</summary>
[KubeType("meta.k8s.io", "v1")]
public sealed class PartialObjectMetadata : KubeObject;
