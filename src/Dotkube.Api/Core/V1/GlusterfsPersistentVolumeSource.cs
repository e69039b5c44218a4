namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 GlusterfsPersistentVolumeSource.</summary>
public sealed class GlusterfsPersistentVolumeSource
{
    /// <summary>The name of the Endpoints object describing the Glusterfs topology.</summary>
    public string Endpoints { get; set; } = "";

    public string Path { get; set; } = "";

    public bool? ReadOnly { get; set; }

    /// <summary>Defaults to the namespace of the bound claim.</summary>
    public string? EndpointsNamespace { get; set; }
}
