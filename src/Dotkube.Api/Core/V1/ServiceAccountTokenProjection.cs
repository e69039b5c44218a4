namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ServiceAccountTokenProjection: a bound, rotated service account token as a file.</summary>
public sealed class ServiceAccountTokenProjection
{
    /// <summary>Defaults to the API server's own audience.</summary>
    public string? Audience { get; set; }

    /// <summary>Defaulted to 3600 upstream; at least 600.</summary>
    public long? ExpirationSeconds { get; set; }

    public string Path { get; set; } = "";
}
