namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 VolumeDevice: a raw block PVC mapped to a device path.</summary>
public sealed class VolumeDevice
{
    public string Name { get; set; } = "";

    public string DevicePath { get; set; } = "";
}
