using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using Dotkube.Api.Meta;

namespace Dotkube.Client.Rest;

public sealed partial class KubeClient
{
    /// <summary>
    /// Watches a kind from <see cref="ListOptions.ResourceVersion"/> (unset: synthetic ADDED events for
    /// the current state first, then changes). The sequence completes when the server ends the stream
    /// (timeoutSeconds, server shutdown); an expired start resourceVersion arrives as an
    /// <see cref="WatchEventType.Error"/> event carrying the 410 Status, after which the stream ends.
    /// An error before the stream starts throws <see cref="ApiStatusException"/>; a connection lost
    /// mid-stream throws its IOException (a reflector rewatches from the last resourceVersion either
    /// way); cancelling <paramref name="ct"/> throws OperationCanceledException from the enumeration.
    /// </summary>
    public IAsyncEnumerable<WatchEvent<T>> WatchAsync<T>(string? ns, ListOptions? options = null, CancellationToken ct = default)
        where T : KubeObject =>
        WatchPathAsync<T>(ResourcePaths.Collection(ResourcePaths.Of<T>(), ns) + QueryString.For(options, watch: true), null, ct);

    /// <summary>Watches the collection at <paramref name="pathAndQuery"/> (which asks for watch=true), decoding objects as <typeparamref name="T"/>.</summary>
    internal async IAsyncEnumerable<WatchEvent<T>> WatchPathAsync<T>(string pathAndQuery, string? accept,
        [EnumeratorCancellation] CancellationToken ct)
        where T : KubeObject
    {
        using var response = await SendAsync(HttpMethod.Get, pathAndQuery, null, streaming: true, ct, accept);
        var pipe = PipeReader.Create(await response.Content.ReadAsStreamAsync(ct));
        var batch = new List<WatchEvent<T>>();
        try
        {
            while (true)
            {
                var result = await pipe.ReadAsync(ct);
                var buffer = result.Buffer;
                WatchStreamDecoder.DecodeLines(ref buffer, result.IsCompleted, batch);
                // Events are copied out before the pipe's memory is released, so a slow consumer holds no buffers.
                pipe.AdvanceTo(buffer.Start, buffer.End);
                foreach (var e in batch)
                {
                    yield return e;
                }

                batch.Clear();
                if (result.IsCompleted)
                {
                    yield break;
                }
            }
        }
        finally
        {
            await pipe.CompleteAsync();
        }
    }
}
