namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 AzureFileVolumeSource (in-tree plugin, migrated to CSI upstream).</summary>
public sealed class AzureFileVolumeSource
{
    public string SecretName { get; set; } = "";

    public string ShareName { get; set; } = "";

    public bool? ReadOnly { get; set; }
}
