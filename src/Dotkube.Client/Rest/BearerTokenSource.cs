namespace Dotkube.Client.Rest;

/// <summary>
/// The bearer token for each request: the fixed token, or the token file re-read at most once a
/// minute, as client-go's cached file token source, because kubelet rotates projected service
/// account tokens in place. A failed re-read keeps the last good token.
/// </summary>
internal sealed class BearerTokenSource(string? token, string? file, TimeProvider time)
{
    private static readonly TimeSpan RereadAfter = TimeSpan.FromMinutes(1);
    private readonly Lock _lock = new();
    private string? _cached;
    private DateTimeOffset _readAt;

    public string? Current()
    {
        if (!string.IsNullOrEmpty(token) || file is null)
        {
            return string.IsNullOrEmpty(token) ? null : token;
        }

        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_cached is null || now - _readAt >= RereadAfter)
            {
                try
                {
                    // A small synchronous read once a minute; not worth an async path on every request.
                    _cached = File.ReadAllText(file).Trim();
                    _readAt = now;
                }
                catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && _cached is not null)
                {
                }
            }

            return _cached;
        }
    }
}
