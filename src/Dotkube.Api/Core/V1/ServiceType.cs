namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="ServiceSpec.Type"/>.</summary>
public static class ServiceType
{
    public const string ClusterIP = "ClusterIP";
    public const string NodePort = "NodePort";
    public const string LoadBalancer = "LoadBalancer";
    public const string ExternalName = "ExternalName";
}
