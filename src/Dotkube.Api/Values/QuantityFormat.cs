namespace Dotkube.Api.Values;

/// <summary>
/// resource.Format: how a <see cref="Quantity"/> is written. A parsed quantity keeps the kind
/// of suffix it was written with ("1e3" stays exponent form, "1Gi" stays binary).
/// </summary>
public enum QuantityFormat
{
    /// <summary>Base-10 SI suffixes: n, u, m, "", k, M, G, T, P, E (e.g. "12M").</summary>
    DecimalSI,

    /// <summary>Base-2 suffixes: Ki, Mi, Gi, Ti, Pi, Ei (e.g. "12Mi").</summary>
    BinarySI,

    /// <summary>Exponent form, e.g. "12e6".</summary>
    DecimalExponent,
}
