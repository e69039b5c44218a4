using Dotkube.Api.Schema;

namespace Dotkube.Api.Meta;

/// <summary>Metadata that every persisted object has: its name, namespace, labels, annotations and bookkeeping set by the server.</summary>
/// <remarks>metav1.ObjectMeta. Fields in upstream order; absent fields are null.</remarks>
public sealed class ObjectMeta
{
    /// <summary>The object's name, unique among objects of its kind in its namespace. Required when creating, unless generateName is given; cannot be changed.</summary>
    public string? Name { get; set; }

    /// <summary>A prefix from which the server makes a unique name, by appending random characters, when name is not given.</summary>
    public string? GenerateName { get; set; }

    /// <summary>The namespace the object belongs to; empty for cluster-scoped objects. Defaults to "default" for namespaced objects. Cannot be changed.</summary>
    public string? Namespace { get; set; }

    /// <summary>Deprecated and no longer set by the server.</summary>
    public string? SelfLink { get; set; }

    /// <summary>A unique ID the server gives the object when it is created, never reused. Read-only.</summary>
    public string? Uid { get; set; }

    /// <summary>An opaque value that changes whenever the object changes; used for optimistic concurrency and watches. Read-only, and clients must not interpret it.</summary>
    public string? ResourceVersion { get; set; }

    /// <summary>A number that increases whenever the object's desired state changes. Read-only.</summary>
    public long? Generation { get; set; }

    /// <summary>When the object was created, in UTC. Read-only.</summary>
    public DateTimeOffset CreationTimestamp { get; set; }

    /// <summary>When the object will be, or began to be, deleted; set by the server when deletion is requested. Read-only.</summary>
    public DateTimeOffset? DeletionTimestamp { get; set; }

    /// <summary>The grace period, in seconds, the object was given when deletion was requested. Read-only.</summary>
    public long? DeletionGracePeriodSeconds { get; set; }

    /// <summary>Key-value pairs used to organize and select objects, for example by Services, Deployments and kubectl -l.</summary>
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>Key-value pairs holding extra information for tools and controllers; unlike labels, they cannot be used to select objects.</summary>
    public Dictionary<string, string>? Annotations { get; set; }

    /// <summary>The objects this object depends on. When all owners are deleted, the object is garbage-collected; at most one owner can be its managing controller.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("uid")]
    public List<OwnerReference>? OwnerReferences { get; set; }

    /// <summary>Names of cleanup steps that must finish, each removing its entry, before the object is actually deleted.</summary>
    [PatchStrategy("merge")]
    public List<string>? Finalizers { get; set; }

    /// <summary>Which clients (field managers) set which fields of the object, as recorded for server-side apply. Usually not edited by hand.</summary>
    /// <remarks>Kept as the client sent it; dotkube does not interpret field ownership yet.</remarks>
    public List<ManagedFieldsEntry>? ManagedFields { get; set; }
}
