namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 FlockerVolumeSource: exactly one of datasetName and datasetUUID.</summary>
public sealed class FlockerVolumeSource
{
    public string? DatasetName { get; set; }

    public string? DatasetUUID { get; set; }
}
