namespace Dotkube.Api.Meta;

/// <summary>A reference to an object that owns this one; the owner must be in the same namespace or be cluster-scoped.</summary>
/// <remarks>metav1.OwnerReference: apiVersion, kind, name and uid are required and always written.</remarks>
public sealed class OwnerReference
{
    /// <summary>The API version of the owner, e.g. apps/v1. Required.</summary>
    public string ApiVersion { get; set; } = "";

    /// <summary>The kind of the owner, e.g. ReplicaSet. Required.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The name of the owner. Required.</summary>
    public string Name { get; set; } = "";

    /// <summary>The UID of the owner. Required.</summary>
    public string Uid { get; set; } = "";

    /// <summary>True when the owner is the controller that manages this object. At most one owner may be the controller.</summary>
    public bool? Controller { get; set; }

    /// <summary>When true, and foreground deletion is used, the owner is not removed until this object has been deleted. Defaults to false.</summary>
    public bool? BlockOwnerDeletion { get; set; }
}
