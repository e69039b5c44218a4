using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Microsoft.Extensions.Logging;

namespace Dotkube.Client.Informers;

/// <summary>
/// A cache of one kind kept up to date by list and watch, fanning changes out to any number of
/// event handlers: client-go's sharedIndexInformer (k8s.io/client-go/tools/cache/shared_informer.go),
/// whose guarantees it keeps:
/// <list type="bullet">
/// <item><b>Eventually consistent cache</b>: <see cref="Indexer"/> converges to the server's state
/// for <see cref="Scope"/>. It lists (in pages of <see cref="SharedInformerOptions.PageSize"/>), then
/// watches from the list's resourceVersion with bookmarks; when the server ends a watch or the
/// connection drops it watches again from the last resourceVersion seen (bookmarks advance it), so
/// nothing is replayed; when that resourceVersion is too old (410 Gone/Expired, as an ERROR event
/// or an error answer) it lists again. Failed lists and watches back off 800 ms doubling to 30 s,
/// jittered, reset after 2 minutes without failure, as client-go's reflector backoff manager.</item>
/// <item><b>Handlers see every change, in order, one call at a time</b>: each handler has its own
/// unbounded queue and task, so calls to one handler never overlap and follow the order the cache
/// changed in; a slow handler delays only itself. A handler may see an object's state only as
/// of a later change (a watch can fold several writes into one event), never an older one.</item>
/// <item><b>Handlers added late catch up</b>: a handler added while the informer runs first gets an
/// add (isInInitialList true) for every cached object, then the changes after them, with no gap
/// and no duplicate.</item>
/// <item><b>Relists are diffs</b>: objects new in a relist are adds, changed ones (another
/// resourceVersion) updates, unchanged ones nothing, and cached objects missing from it deletes.
/// Such a delete carries the last state the cache knew, delivered directly where client-go wraps
/// it in DeletedFinalStateUnknown: the final state may be older than the real deletion.</item>
/// <item><b>Resync</b>: with <see cref="SharedInformerOptions.ResyncPeriod"/> set, every cached
/// object is redelivered as an update with old and new the same instance. Resync reads the cache,
/// never the server.</item>
/// <item><b>Sync</b>: <see cref="HasSynced"/> turns true once the first list is in the cache (its
/// notifications queued); each registration's own HasSynced once its handler has handled them.
/// Controllers wait for <see cref="WaitForSyncAsync"/> before acting on the cache, so that an
/// object missing from it really is missing.</item>
/// <item><b>Shared, immutable objects</b>: the cache and every handler see the same instances;
/// nobody may mutate them (see <see cref="Indexer{T}"/>).</item>
/// </list>
/// A handler that throws is logged and skipped; it still gets the next notification (client-go
/// would crash the process). Handlers should be quick (typically: add a key to a work queue).
/// An informer runs once: when the token given to <see cref="RunAsync"/> is cancelled, the watch
/// ends, handlers finish the call in progress, queued notifications are dropped, and RunAsync returns.
/// Use one informer per kind and scope per process (<see cref="SharedInformerFactory"/>).
/// </summary>
public sealed partial class SharedInformer<T> : ISharedInformer
    where T : KubeObject
{
    private readonly IListerWatcher<T> _source;
    private readonly SharedInformerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Random _random;

    /// <summary>Orders cache writes, handler registration and fan-out, so every handler sees one history.</summary>
    private readonly Lock _gate = new();
    private readonly List<ProcessListener<T>> _listeners = [];
    private readonly TaskCompletionSource<bool> _synced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string? _lastSyncResourceVersion;
    private bool _hasSynced;
    private bool _stopped;
    private int _started;

    /// <param name="random">Jitters watch timeouts and backoff; defaults to <see cref="Random.Shared"/>, seed one in tests.</param>
    public SharedInformer(KubeClient client, TimeProvider time, ILogger logger, InformerScope? scope = null,
        SharedInformerOptions? options = null, Random? random = null)
        : this(new TypedListerWatcher<T>(client ?? throw new ArgumentNullException(nameof(client))), time, logger, scope, options, random)
    {
    }

    /// <summary>An informer over any list and watch source, e.g. a metadata-only one for a discovered resource.</summary>
    public SharedInformer(IListerWatcher<T> source, TimeProvider time, ILogger logger, InformerScope? scope = null,
        SharedInformerOptions? options = null, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options ?? new SharedInformerOptions();
        _options.Validate();
        _source = source;
        _time = time;
        _logger = logger;
        _random = random ?? Random.Shared;
        Scope = scope ?? InformerScope.All;
        Lister = new Lister<T>(Indexer);
    }

    public InformerScope Scope { get; }

    /// <summary>The cache; read it freely, write it never (the informer owns it).</summary>
    public Indexer<T> Indexer { get; } = new();

    public Lister<T> Lister { get; }

    /// <summary>True once the first list is in the cache.</summary>
    public bool HasSynced => _synced.Task.IsCompletedSuccessfully && _synced.Task.Result;

    /// <summary>The resourceVersion of the last list, watch event or bookmark applied (client-go's LastSyncResourceVersion).</summary>
    public string? LastSyncResourceVersion => _lastSyncResourceVersion;

    /// <summary>
    /// Adds an index; only before <see cref="RunAsync"/>, as client-go, so no handler or reader
    /// ever sees a half-built index.
    /// </summary>
    public void AddIndex(string name, Func<T, IEnumerable<string>> indexFunc)
    {
        if (Volatile.Read(ref _started) != 0)
            throw new InvalidOperationException("Indexes must be added before the informer starts.");
        Indexer.AddIndex(name, indexFunc);
    }

    /// <summary>
    /// Adds a handler; any callback may be null. onAdd's flag tells whether the object came with
    /// the initial list (or the catch-up of a late handler) rather than a later change.
    /// </summary>
    public IEventHandlerRegistration AddEventHandler(Action<T, bool>? onAdd = null, Action<T, T>? onUpdate = null, Action<T>? onDelete = null)
    {
        var listener = new ProcessListener<T>(this, onAdd, onUpdate, onDelete);
        lock (_gate)
        {
            if (_stopped)
                throw new InvalidOperationException("The informer has stopped; a handler added now would never be called.");
            foreach (var obj in Indexer.List())
                listener.Enqueue(Notification<T>.Add(obj, isInInitialList: true));
            if (_hasSynced)
                listener.Enqueue(Notification<T>.Synced);
            _listeners.Add(listener);
            listener.Start();
        }

        return listener;
    }

    /// <summary>
    /// True when the first list is in the cache; false if the informer stopped before that.
    /// Cancelling <paramref name="ct"/> throws OperationCanceledException.
    /// </summary>
    public Task<bool> WaitForSyncAsync(CancellationToken ct) => _synced.Task.WaitAsync(ct);

    /// <summary>Lists, watches and notifies until <paramref name="ct"/> is cancelled. Runs once.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
            throw new InvalidOperationException("The informer was already started.");

        using var resync = _options.ResyncPeriod > TimeSpan.Zero
            ? _time.CreateTimer(static s => ((SharedInformer<T>)s!).Resync(), this, _options.ResyncPeriod, _options.ResyncPeriod)
            : null;
        try
        {
            await ReflectAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            ProcessListener<T>[] listeners;
            lock (_gate)
            {
                _stopped = true;
                listeners = [.. _listeners];
                _listeners.Clear();
            }

            foreach (var listener in listeners)
                listener.Stop();
            _synced.TrySetResult(false);
            await Task.WhenAll(listeners.Select(l => l.Completion)).ConfigureAwait(false);
        }
    }

    internal void RemoveListener(ProcessListener<T> listener)
    {
        lock (_gate) _listeners.Remove(listener);
        listener.Stop();
    }

    internal void HandlerFailed(Exception e) => LogHandlerFailed(_logger, typeof(T).Name, e);

    /// <summary>Queues a notification for every handler; callers hold the gate.</summary>
    private void Distribute(Notification<T> notification)
    {
        foreach (var listener in _listeners)
            listener.Enqueue(notification);
    }

    private void Resync()
    {
        lock (_gate)
        {
            if (!_hasSynced || _stopped)
                return;
            foreach (var obj in Indexer.List())
                Distribute(Notification<T>.Update(obj, obj));
        }
    }
}
