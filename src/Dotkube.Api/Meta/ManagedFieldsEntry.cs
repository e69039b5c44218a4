using System.Text.Json;

namespace Dotkube.Api.Meta;

/// <summary>metav1.ManagedFieldsEntry; <see cref="FieldsV1"/> is an opaque JSON object.</summary>
public sealed class ManagedFieldsEntry
{
    public string? Manager { get; set; }

    public string? Operation { get; set; }

    public string? ApiVersion { get; set; }

    public DateTimeOffset? Time { get; set; }

    public string? FieldsType { get; set; }

    public JsonElement? FieldsV1 { get; set; }

    public string? Subresource { get; set; }
}
