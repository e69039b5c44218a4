namespace Dotkube.Api.Patching;

/// <summary>
/// A patch that cannot be applied. <see cref="Exception.Message"/> is upstream's error text;
/// <see cref="Kind"/> says which HTTP status upstream answers with.
/// </summary>
public sealed class PatchException(PatchErrorKind kind, string message) : Exception(message)
{
    public PatchErrorKind Kind { get; } = kind;

    /// <summary>The HTTP status code upstream's patch handler returns for this error.</summary>
    public int StatusCode => Kind switch
    {
        PatchErrorKind.BadRequest => 400,
        PatchErrorKind.Unprocessable => 422,
        PatchErrorKind.RequestEntityTooLarge => 413,
        _ => 500,
    };
}
