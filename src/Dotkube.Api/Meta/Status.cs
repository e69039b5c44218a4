using System.Text.Json.Serialization;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Meta;

/// <summary>metav1.Status: the body of every API error (and of some successful deletes).</summary>
[KubeType("", "v1")]
public sealed class Status : TypeMeta
{
    [JsonPropertyOrder(-1)]
    public ListMeta Metadata { get; set => field = value ?? new(); } = new();

    /// <summary>"Success" or "Failure"; the JSON key is "status", which C# cannot use inside Status.</summary>
    [JsonPropertyName("status")]
    public string? Outcome { get; set; }

    public string? Message { get; set; }

    /// <summary>Machine-readable reason: NotFound, AlreadyExists, Conflict, Invalid, ...</summary>
    public string? Reason { get; set; }

    public StatusDetails? Details { get; set; }

    public int? Code { get; set; }
}
