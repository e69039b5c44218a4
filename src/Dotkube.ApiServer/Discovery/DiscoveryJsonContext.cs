using System.Text.Json.Serialization;
using Dotkube.Api.Serialization;

namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// Source-generated JSON for the apidiscovery types, with the API's conventions: camelCase,
/// null fields left out (upstream's omitempty), metav1.Time through <see cref="TimeConverter"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(TimeConverter)])]
[JsonSerializable(typeof(APIGroupDiscoveryList))]
internal sealed partial class DiscoveryJsonContext : JsonSerializerContext;
