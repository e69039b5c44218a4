using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Client.Informers;

/// <summary>
/// Hands out one <see cref="SharedInformer{T}"/> per kind and <see cref="InformerScope"/>, so that
/// every controller of a process shares one list, one watch and one cache per resource (client-go's
/// sharedInformerFactory). Ask for informers with <see cref="For{T}"/>, add handlers, then
/// <see cref="StartAsync"/> and <see cref="WaitForCacheSyncAsync"/>; informers asked for after a
/// start are started by the next StartAsync, as client-go's Start.
/// </summary>
public sealed class SharedInformerFactory
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(Type Kind, InformerScope Scope), ISharedInformer> _informers = [];
    private readonly Dictionary<ISharedInformer, Task> _running = [];
    private readonly KubeClient _client;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly SharedInformerOptions _options;
    private readonly Random? _random;

    /// <param name="options">Used by every informer of this factory (resync period, page size, backoff).</param>
    public SharedInformerFactory(KubeClient client, TimeProvider time, ILoggerFactory? loggers = null, SharedInformerOptions? options = null,
        Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(time);
        _options = options ?? new SharedInformerOptions();
        _options.Validate();
        _client = client;
        _time = time;
        _loggers = loggers ?? NullLoggerFactory.Instance;
        _random = random;
    }

    /// <summary>The informer for <typeparamref name="T"/> in <paramref name="scope"/> (null: all namespaces, no selectors), made on first use.</summary>
    public SharedInformer<T> For<T>(InformerScope? scope = null)
        where T : KubeObject
    {
        scope ??= InformerScope.All;
        lock (_lock)
        {
            if (!_informers.TryGetValue((typeof(T), scope), out var informer))
            {
                informer = new SharedInformer<T>(_client, _time, _loggers.CreateLogger<SharedInformer<T>>(), scope, _options, _random);
                _informers[(typeof(T), scope)] = informer;
            }

            return (SharedInformer<T>)informer;
        }
    }

    public Lister<T> ListerFor<T>(InformerScope? scope = null)
        where T : KubeObject => For<T>(scope).Lister;

    /// <summary>
    /// Starts every informer not yet started; they run until <paramref name="ct"/> is cancelled.
    /// Returns once they are started, not synced.
    /// </summary>
    public Task StartAsync(CancellationToken ct)
    {
        lock (_lock)
        {
            foreach (var informer in _informers.Values.Where(i => !_running.ContainsKey(i)))
                _running[informer] = Task.Run(() => informer.RunAsync(ct), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    /// <summary>True once every started informer has synced; false if one stopped first.</summary>
    public async Task<bool> WaitForCacheSyncAsync(CancellationToken ct)
    {
        ISharedInformer[] started;
        lock (_lock) started = [.. _running.Keys];
        var results = await Task.WhenAll(started.Select(i => i.WaitForSyncAsync(ct))).ConfigureAwait(false);
        return results.All(synced => synced);
    }

    /// <summary>Waits until every started informer has returned (after the start token was cancelled), as client-go's Shutdown.</summary>
    public Task ShutdownAsync()
    {
        lock (_lock) return Task.WhenAll(_running.Values);
    }
}
