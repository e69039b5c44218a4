namespace Dotkube.Api.Core.V1;

/// <summary>Namespace spec finalizers defined by core/v1.</summary>
public static class FinalizerName
{
    /// <summary>Held until the namespace controller has deleted the namespace's content.</summary>
    public const string Kubernetes = "kubernetes";
}
