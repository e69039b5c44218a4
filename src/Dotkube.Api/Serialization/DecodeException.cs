namespace Dotkube.Api.Serialization;

/// <summary>
/// A request body that cannot be decoded. <see cref="Exception.Message"/> is worded as the
/// upstream decoder words it and is what the server puts in a 400 BadRequest Status.
/// </summary>
public sealed class DecodeException : Exception
{
    public DecodeException(string message)
        : base(message)
    {
    }

    public DecodeException(string message, IReadOnlyList<string> strictErrors)
        : base(message)
    {
        StrictErrors = strictErrors;
    }

    /// <summary>
    /// The unknown and duplicate field errors when this is a strict decoding error
    /// (fieldValidation=Strict); empty otherwise.
    /// </summary>
    public IReadOnlyList<string> StrictErrors { get; } = [];

    /// <summary>0-based index of the document in a multi-document stream, when decoding one.</summary>
    public int? DocumentIndex { get; init; }
}
