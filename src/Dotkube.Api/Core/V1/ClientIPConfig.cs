namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ClientIPConfig.</summary>
public sealed class ClientIPConfig
{
    /// <summary>Upstream DefaultClientIPServiceAffinitySeconds: three hours.</summary>
    public const int DefaultTimeoutSeconds = 10800;

    /// <summary>Between 1 and 86400 when session affinity is ClientIP.</summary>
    public int? TimeoutSeconds { get; set; }
}
