namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodDNSConfigOption: one resolver option ("ndots", "2").</summary>
public sealed class PodDNSConfigOption
{
    /// <summary>Required by validation, though omitempty on the wire.</summary>
    public string? Name { get; set; }

    public string? Value { get; set; }
}
