namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodOS; name is one of <see cref="OSName"/> (unknown values are treated as unset).</summary>
public sealed class PodOS
{
    public string Name { get; set; } = "";
}
