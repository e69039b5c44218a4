using System.Text.Json.Serialization;

namespace Dotkube.Api.Meta;

/// <summary>
/// The <c>kind</c> and <c>apiVersion</c> every top-level API document carries.
/// Upstream writes <c>kind</c> before <c>apiVersion</c>; the explicit orders keep that.
/// </summary>
public abstract class TypeMeta
{
    [JsonPropertyOrder(-3)]
    public string? Kind { get; set; }

    [JsonPropertyOrder(-2)]
    public string? ApiVersion { get; set; }
}
