namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="ServiceSpec.ExternalTrafficPolicy"/>.</summary>
public static class ServiceExternalTrafficPolicy
{
    public const string Cluster = "Cluster";
    public const string Local = "Local";
}
