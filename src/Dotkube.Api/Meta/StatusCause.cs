using System.Text.Json.Serialization;

namespace Dotkube.Api.Meta;

/// <summary>metav1.StatusCause. Upstream names the Go field Type but writes it as "reason".</summary>
public sealed class StatusCause
{
    [JsonPropertyName("reason")]
    public string? Type { get; set; }

    public string? Message { get; set; }

    public string? Field { get; set; }
}
