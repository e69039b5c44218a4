namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 SessionAffinityConfig.</summary>
public sealed class SessionAffinityConfig
{
    public ClientIPConfig? ClientIP { get; set; }
}
