namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 AppArmorProfile; localhostProfile is set exactly when type is Localhost.</summary>
public sealed class AppArmorProfile
{
    /// <summary>One of <see cref="AppArmorProfileType"/>.</summary>
    public string Type { get; set; } = "";

    public string? LocalhostProfile { get; set; }
}
