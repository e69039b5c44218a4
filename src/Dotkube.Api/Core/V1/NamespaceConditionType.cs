namespace Dotkube.Api.Core.V1;

/// <summary>The conditions the namespace controller reports while deleting a namespace's content.</summary>
public static class NamespaceConditionType
{
    public const string DeletionDiscoveryFailure = "NamespaceDeletionDiscoveryFailure";
    public const string DeletionContentFailure = "NamespaceDeletionContentFailure";
    public const string DeletionGVParsingFailure = "NamespaceDeletionGroupVersionParsingFailure";
    public const string ContentRemaining = "NamespaceContentRemaining";
    public const string FinalizersRemaining = "NamespaceFinalizersRemaining";
}
