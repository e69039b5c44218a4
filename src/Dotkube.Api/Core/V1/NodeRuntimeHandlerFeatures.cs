namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeRuntimeHandlerFeatures.</summary>
public sealed class NodeRuntimeHandlerFeatures
{
    public bool? RecursiveReadOnlyMounts { get; set; }

    public bool? UserNamespaces { get; set; }
}
