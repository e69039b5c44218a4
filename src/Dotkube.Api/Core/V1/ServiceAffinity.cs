namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="ServiceSpec.SessionAffinity"/>.</summary>
public static class ServiceAffinity
{
    public const string ClientIP = "ClientIP";
    public const string None = "None";
}
