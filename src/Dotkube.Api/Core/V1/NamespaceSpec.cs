namespace Dotkube.Api.Core.V1;

/// <summary>The desired state of a Namespace.</summary>
/// <remarks>core/v1 NamespaceSpec.</remarks>
public sealed class NamespaceSpec
{
    /// <summary>Cleanup steps that must finish, each removing its entry, before a deleted namespace is removed for good.</summary>
    /// <remarks>Must be empty before the namespace is removed from storage; see <see cref="FinalizerName"/>.</remarks>
    public List<string>? Finalizers { get; set; }
}
