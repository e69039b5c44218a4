namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Toleration: lets a pod schedule onto (or stay on) nodes with a matching taint.</summary>
public sealed class Toleration
{
    public string? Key { get; set; }

    /// <summary><see cref="TolerationOperator"/>; upstream treats an absent operator as Equal.</summary>
    public string? Operator { get; set; }

    public string? Value { get; set; }

    public string? Effect { get; set; }

    /// <summary>Only meaningful with effect NoExecute; null means tolerate forever.</summary>
    public long? TolerationSeconds { get; set; }
}
