using System.Diagnostics.CodeAnalysis;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// metav1.TableOptions plus the request's includeObject: how a table is rendered. The defaults
/// are upstream's: headers on, each row's object reduced to its metadata.
/// </summary>
public sealed record TableOptions
{
    public static TableOptions Default { get; } = new();

    /// <summary>
    /// Leave out the column definitions. Upstream sets it for every watch event after the
    /// first, so a watch sends the columns once.
    /// </summary>
    public bool NoHeaders { get; init; }

    /// <summary>Defaults to <see cref="IncludeObjectPolicy.Metadata"/>, as upstream when the parameter is absent.</summary>
    public IncludeObjectPolicy IncludeObject { get; init; } = IncludeObjectPolicy.Metadata;

    /// <summary>
    /// Reads the <c>includeObject</c> query parameter: "None", "Metadata" or "Object", exactly
    /// (upstream compares case-sensitively); absent or empty means Metadata. On failure
    /// <paramref name="error"/> is the message of upstream's 400 BadRequest.
    /// </summary>
    public static bool TryParseIncludeObject(
        string? value,
        out IncludeObjectPolicy policy,
        [NotNullWhen(false)] out string? error)
    {
        error = null;
        switch (value)
        {
            case null or "" or "Metadata":
                policy = IncludeObjectPolicy.Metadata;
                return true;
            case "None":
                policy = IncludeObjectPolicy.None;
                return true;
            case "Object":
                policy = IncludeObjectPolicy.Object;
                return true;
            default:
                policy = IncludeObjectPolicy.Metadata;
                error = "Unable to convert to Table as requested: includeObject: Invalid value: "
                    + Quote(value) + ": must be 'Metadata', 'Object', 'None', or empty";
                return false;
        }
    }

    // Go's %q for the query text a client sent: quotes and backslashes escaped.
    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
