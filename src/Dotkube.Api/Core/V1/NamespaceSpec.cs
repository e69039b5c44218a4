namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NamespaceSpec.</summary>
public sealed class NamespaceSpec
{
    /// <summary>Must be empty before the namespace is removed from storage; see <see cref="FinalizerName"/>.</summary>
    public List<string>? Finalizers { get; set; }
}
