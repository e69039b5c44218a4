using System.Text.Json.Serialization;

namespace Dotkube.Api.Meta;

/// <summary>A persisted API object: type metadata plus <see cref="ObjectMeta"/>.</summary>
public abstract class KubeObject : TypeMeta
{
    /// <summary>Always written, even empty, as upstream's non-pointer struct field.</summary>
    [JsonPropertyOrder(-1)]
    public ObjectMeta Metadata { get; set => field = value ?? new(); } = new();
}
