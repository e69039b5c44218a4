using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 HTTPGetAction: success is a status in [200, 400).</summary>
public sealed class HTTPGetAction
{
    public string? Path { get; set; }

    /// <summary>Port number or named container port; required.</summary>
    public IntOrString Port { get; set; }

    /// <summary>Defaults to the pod IP.</summary>
    public string? Host { get; set; }

    /// <summary>One of <see cref="URIScheme"/>; defaulted to HTTP upstream.</summary>
    public string? Scheme { get; set; }

    public List<HTTPHeader>? HttpHeaders { get; set; }
}
