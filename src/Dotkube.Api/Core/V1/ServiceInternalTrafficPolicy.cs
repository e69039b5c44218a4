namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="ServiceSpec.InternalTrafficPolicy"/>.</summary>
public static class ServiceInternalTrafficPolicy
{
    public const string Cluster = "Cluster";
    public const string Local = "Local";
}
