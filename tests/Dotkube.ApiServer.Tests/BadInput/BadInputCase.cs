namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// One bad request and the answer kube-apiserver v1.32 gives it. <see cref="Name"/> is unique
/// and is the theory row's display name, so a failure reads as the request that caused it.
/// </summary>
public sealed record BadInputCase(
    string Name,
    string Category,
    HttpMethod Method,
    string Path,
    string? ContentType,
    byte[]? Body,
    UpstreamAnswer Expected)
{
    /// <summary>The Accept header to send; null sends none (the server's default, JSON).</summary>
    public string? Accept { get; init; }

    /// <summary>
    /// Server-side apply is not served yet: an apply-patch+yaml request may also be answered
    /// 415 UnsupportedMediaType, as an apiserver without apply would.
    /// </summary>
    public bool MayRejectApply { get; init; }

    /// <summary>A watch: a wrongly accepted one streams, so the answer is read up to the headers only.</summary>
    public bool IsWatch => Path.Contains("watch=true", StringComparison.Ordinal) || Path.Contains("/watch/", StringComparison.Ordinal);

    public override string ToString() => Name;
}
