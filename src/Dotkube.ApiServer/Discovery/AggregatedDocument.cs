namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// A serialized aggregated discovery document, ready to write. <see cref="ETag"/> is already
/// quoted for the header; answer 304 when <see cref="IsNotModified"/> says so, and send
/// <c>Vary: Accept</c> and <c>Cache-Control: public</c> with both answers, as upstream does.
/// </summary>
public sealed record AggregatedDocument(ReadOnlyMemory<byte> Json, string ETag, string ContentType)
{
    /// <summary>
    /// Upstream compares If-None-Match with the quoted hash as one exact string (no lists, no
    /// weak tags); the same document under v2 and v2beta1 shares a tag, which is safe because
    /// the response varies on Accept.
    /// </summary>
    public bool IsNotModified(string? ifNoneMatch) => string.Equals(ifNoneMatch, ETag, StringComparison.Ordinal);
}
