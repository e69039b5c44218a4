namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ConfigMapNodeConfigSource, deprecated since v1.22.</summary>
public sealed class ConfigMapNodeConfigSource
{
    public string Namespace { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Forbidden in Node.spec, required in Node.status (upstream validation).</summary>
    public string? Uid { get; set; }

    public string? ResourceVersion { get; set; }

    public string KubeletConfigKey { get; set; } = "";
}
