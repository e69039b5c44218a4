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

    /// <summary>
    /// Whether this toleration matches <paramref name="taint"/> (upstream's ToleratesTaint): an empty
    /// effect matches every effect, an empty key (valid only with Exists) every key; Exists ignores
    /// the value; Equal, or no operator, needs the same value.
    /// </summary>
    public bool ToleratesTaint(Taint taint)
    {
        if (!string.IsNullOrEmpty(Effect) && Effect != taint.Effect)
            return false;
        if (!string.IsNullOrEmpty(Key) && Key != taint.Key)
            return false;
        return Operator switch
        {
            null or "" or TolerationOperator.Equal => (Value ?? "") == (taint.Value ?? ""),
            TolerationOperator.Exists => true,
            _ => false,
        };
    }
}
