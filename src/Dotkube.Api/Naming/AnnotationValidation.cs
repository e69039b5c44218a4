using System.Text;

namespace Dotkube.Api.Naming;

/// <summary>
/// api/validation ValidateAnnotations: keys are qualified names compared case-insensitively,
/// and keys plus values together may not exceed 256 KiB.
/// </summary>
public static class AnnotationValidation
{
    /// <summary>TotalAnnotationSizeLimitB: 256 KiB.</summary>
    public const int TotalAnnotationSizeLimitBytes = 256 * 1024;

    /// <summary>
    /// The detail of the TooLong error upstream reports at <c>metadata.annotations</c> when the
    /// limit is exceeded (v1.30+ wording; older releases said "must have at most ... bytes").
    /// </summary>
    public const string TooLongDetail = "may not be more than 262144 bytes";

    /// <summary>The summed UTF-8 length of all keys and values, as upstream counts it.</summary>
    public static long TotalSize(IReadOnlyDictionary<string, string>? annotations)
    {
        long total = 0;
        foreach (var (key, value) in annotations ?? new Dictionary<string, string>())
        {
            total += Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value);
        }

        return total;
    }

    /// <summary>ValidateAnnotationsSize: null, or "annotations size N is larger than limit 262144".</summary>
    public static string? ValidateSize(IReadOnlyDictionary<string, string>? annotations)
    {
        var total = TotalSize(annotations);
        return total > TotalAnnotationSizeLimitBytes
            ? $"annotations size {total} is larger than limit {TotalAnnotationSizeLimitBytes}"
            : null;
    }

    /// <summary>The qualified-name messages for one annotation key; case does not matter, as upstream.</summary>
    public static IReadOnlyList<string> ValidateKey(string key) =>
        NameValidation.IsQualifiedName(key.ToLowerInvariant());
}
