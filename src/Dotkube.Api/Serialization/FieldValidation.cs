namespace Dotkube.Api.Serialization;

/// <summary>
/// The fieldValidation query parameter: what happens to unknown and duplicate fields.
/// Upstream's server default is Warn; kubectl sends Strict.
/// </summary>
public enum FieldValidation
{
    /// <summary>Drop them silently.</summary>
    Ignore,

    /// <summary>Decode, and return each as a warning.</summary>
    Warn,

    /// <summary>Fail with "strict decoding error: ..." listing all of them.</summary>
    Strict,
}
