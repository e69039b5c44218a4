namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 AzureFilePersistentVolumeSource.</summary>
public sealed class AzureFilePersistentVolumeSource
{
    public string SecretName { get; set; } = "";

    public string ShareName { get; set; } = "";

    public bool? ReadOnly { get; set; }

    /// <summary>A pointer without omitempty upstream (written as null there); here null is omitted.</summary>
    public string? SecretNamespace { get; set; }
}
