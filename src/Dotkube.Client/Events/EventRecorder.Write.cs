using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;

namespace Dotkube.Client.Events;

public sealed partial class EventRecorder
{
    private async Task WriteAllAsync()
    {
        await foreach (var e in _queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
            {
                await RecordToSinkAsync(e).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                LogWriteFailed(_logger, Describe(e), ex);
            }
        }
    }

    /// <summary>client-go's recordToSink: correlate, then write, retrying while the server cannot be reached.</summary>
    private async Task RecordToSinkAsync(Event e)
    {
        var (correlated, key, patch) = _correlator.Correlate(e, e.LastTimestamp);
        if (correlated is null)
        {
            LogSpamDropped(_logger, Describe(e));
            return;
        }

        for (var tries = 1; ; tries++)
        {
            if (await TryWriteAsync(correlated, key, patch).ConfigureAwait(false))
                return;
            if (tries >= _options.MaxTriesPerEvent || _stopping.IsCancellationRequested)
            {
                LogRetriesExhausted(_logger, Describe(correlated), tries);
                return;
            }

            // As upstream: a random first wait, so clients do not all come back together.
            var wait = tries == 1 ? _options.RetrySleep * _random.NextDouble() : _options.RetrySleep;
            try
            {
                await Task.Delay(wait, _time, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                LogRetriesExhausted(_logger, Describe(correlated), tries);
                return;
            }
        }
    }

    /// <summary>client-go's recordEvent: true when done (written or refused for good), false to retry.</summary>
    private async Task<bool> TryWriteAsync(Event e, string key, byte[]? patch)
    {
        var ns = e.Metadata.Namespace;
        try
        {
            Event written;
            try
            {
                written = patch is null
                    ? await CreateAsync(e).ConfigureAwait(false)
                    : await _client.PatchAsync<Event>(ns, e.Metadata.Name!, PatchType.Merge, patch).ConfigureAwait(false);
            }
            catch (ApiStatusException ex) when (patch is not null && ex.IsNotFound)
            {
                // The event was deleted (events expire after an hour): write it again, count and all.
                written = await CreateAsync(e).ConfigureAwait(false);
            }

            _correlator.UpdateState(key, written);
            return true;
        }
        catch (ApiStatusException ex)
        {
            // A refusal (invalid, forbidden, namespace terminating) will not change on retry, as upstream.
            LogRejected(_logger, Describe(e), ex.Message);
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
        {
            LogWriteRetrying(_logger, Describe(e), ex.Message);
            return false;
        }
    }

    private Task<Event> CreateAsync(Event e)
    {
        e.Metadata.ResourceVersion = null;
        return _client.CreateAsync(e);
    }
}
