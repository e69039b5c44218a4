namespace Dotkube.ApiServer.Printing;

/// <summary>
/// What each table row carries in its <c>object</c> field: upstream's <c>includeObject</c>
/// query parameter (metav1.IncludeObjectPolicy).
/// </summary>
public enum IncludeObjectPolicy
{
    /// <summary>"None": no object.</summary>
    None,

    /// <summary>"Metadata", the default: a meta.k8s.io/v1 PartialObjectMetadata holding the object's metadata.</summary>
    Metadata,

    /// <summary>"Object": the full object.</summary>
    Object,
}
