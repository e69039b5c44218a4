namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NFSVolumeSource.</summary>
public sealed class NFSVolumeSource
{
    public string Server { get; set; } = "";

    public string Path { get; set; } = "";

    public bool? ReadOnly { get; set; }
}
