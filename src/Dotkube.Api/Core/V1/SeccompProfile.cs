namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 SeccompProfile; localhostProfile is set exactly when type is Localhost.</summary>
public sealed class SeccompProfile
{
    /// <summary>One of <see cref="SeccompProfileType"/>.</summary>
    public string Type { get; set; } = "";

    public string? LocalhostProfile { get; set; }
}
