using System.Text.Json.Serialization;

namespace Dotkube.Api.Core.V1;

/// <summary>
/// core/v1 EphemeralContainer: a debugging container added through the ephemeralcontainers
/// subresource. Upstream inlines EphemeralContainerCommon, a copy of every Container field, so
/// the JSON is flat: the container fields, then targetContainerName. Deriving from Container
/// gives the same wire shape without the copy (validation forbids the fields ephemeral
/// containers may not use, as upstream).
/// </summary>
public sealed class EphemeralContainer : Container
{
    /// <summary>Ordered after the inherited fields: the serializer writes a derived type's own fields first.</summary>
    [JsonPropertyOrder(1)]
    public string? TargetContainerName { get; set; }
}
