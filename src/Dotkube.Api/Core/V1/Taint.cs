namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Taint: repels pods that do not tolerate it.</summary>
public sealed class Taint
{
    public string Key { get; set; } = "";

    public string? Value { get; set; }

    /// <summary>A <see cref="TaintEffect"/> value.</summary>
    public string Effect { get; set; } = "";

    /// <summary>Upstream sets it only for NoExecute taints (the taint manager's eviction clock).</summary>
    public DateTimeOffset? TimeAdded { get; set; }
}
