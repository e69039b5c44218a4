namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="ServiceSpec.TrafficDistribution"/> known to v1.32.</summary>
public static class ServiceTrafficDistribution
{
    public const string PreferClose = "PreferClose";
}
