using System.Text.Json.Serialization;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 DaemonEndpoint.</summary>
public sealed class DaemonEndpoint
{
    /// <summary>
    /// Capitalised on the wire: early releases had an unquoted json tag, so Go fell back to the
    /// field name, and upstream kept "Port" for compatibility.
    /// </summary>
    [JsonPropertyName("Port")]
    public int Port { get; set; }
}
