using System.Text.Json.Serialization;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 GlusterfsVolumeSource.</summary>
public sealed class GlusterfsVolumeSource
{
    /// <summary>The Endpoints object naming the Glusterfs servers; the upstream key is "endpoints".</summary>
    [JsonPropertyName("endpoints")]
    public string EndpointsName { get; set; } = "";

    public string Path { get; set; } = "";

    public bool? ReadOnly { get; set; }
}
