namespace Dotkube.Api.Patching;

/// <summary>How the API server reports a failed patch, as upstream's patch handler maps each error.</summary>
public enum PatchErrorKind
{
    /// <summary>400: the patch document itself is malformed (bad JSON, malformed directive lists).</summary>
    BadRequest,

    /// <summary>422: the patch is well-formed but cannot be applied (JSON patch failures, lists of lists).</summary>
    Unprocessable,

    /// <summary>413: more JSON patch operations than upstream allows.</summary>
    RequestEntityTooLarge,

    /// <summary>500: upstream returns the remaining strategic merge errors unwrapped, which the server reports as internal.</summary>
    Internal,
}
