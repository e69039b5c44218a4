using Dotkube.Api.Schema;

namespace Dotkube.Api.Meta;

/// <summary>metav1.ObjectMeta. Fields in upstream order; absent fields are null.</summary>
public sealed class ObjectMeta
{
    public string? Name { get; set; }

    public string? GenerateName { get; set; }

    public string? Namespace { get; set; }

    public string? SelfLink { get; set; }

    public string? Uid { get; set; }

    public string? ResourceVersion { get; set; }

    public long? Generation { get; set; }

    public DateTimeOffset CreationTimestamp { get; set; }

    public DateTimeOffset? DeletionTimestamp { get; set; }

    public long? DeletionGracePeriodSeconds { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    public Dictionary<string, string>? Annotations { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("uid")]
    public List<OwnerReference>? OwnerReferences { get; set; }

    [PatchStrategy("merge")]
    public List<string>? Finalizers { get; set; }

    /// <summary>Kept as the client sent it; dotkube does not interpret field ownership yet.</summary>
    public List<ManagedFieldsEntry>? ManagedFields { get; set; }
}
