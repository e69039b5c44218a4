using System.Text.Json.Serialization;
using Dotkube.Api.Meta;

namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// apidiscovery.k8s.io/v2 (and v2beta1) APIGroupDiscoveryList: every group, version and
/// resource in one document, served at <c>/api</c> and <c>/apis</c> when the client asks for it
/// in Accept. Upstream writes an empty <c>"metadata":{}</c>, so <see cref="Metadata"/> is never null.
/// </summary>
public sealed class APIGroupDiscoveryList
{
    [JsonPropertyOrder(-3)]
    public string? Kind { get; set; }

    [JsonPropertyOrder(-2)]
    public string? ApiVersion { get; set; }

    [JsonPropertyOrder(-1)]
    public ListMeta Metadata { get; set => field = value ?? new(); } = new();

    /// <summary>Tagged without omitempty upstream, so always written.</summary>
    public List<APIGroupDiscovery> Items { get; set => field = value ?? []; } = [];
}
