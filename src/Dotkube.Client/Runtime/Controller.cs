using Dotkube.Client.Queue;
using Microsoft.Extensions.Logging;

namespace Dotkube.Client.Runtime;

/// <summary>
/// Runs a reconciler over a work queue (controller-runtime's internal Controller): event handlers
/// add keys to <see cref="Queue"/>; workers take a key, reconcile it inside a log scope, turn the
/// result into a retry, a delayed requeue or a forget, and call Done. The queue's guarantees
/// (see <see cref="WorkQueue{T}"/>) mean a key is reconciled by one worker at a time and a burst
/// of changes to it costs one reconcile.
/// <para>
/// A thrown exception is a failed reconcile: it is logged, counted and retried with backoff, and
/// the worker carries on. When the token given to <see cref="RunAsync"/> is cancelled, the queue is
/// shut down, reconciles in flight see the cancellation and are awaited, keys still queued are
/// dropped without being reconciled (a level-based controller lists everything again when it next
/// starts), and RunAsync returns.
/// </para>
/// </summary>
public sealed partial class Controller<TKey> where TKey : notnull
{
    private readonly IReconciler<TKey> _reconciler;
    private readonly ControllerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IControllerMetrics _metrics;
    private long _reconcileIds;
    private int _started;

    /// <param name="name">Unique among controllers: the controller label of every metric and log line.</param>
    /// <param name="rateLimiter">Defaults to <see cref="RateLimiters.DefaultController{T}"/>, as upstream.</param>
    public Controller(
        string name,
        IReconciler<TKey> reconciler,
        TimeProvider time,
        ILogger logger,
        ControllerOptions? options = null,
        IControllerMetrics? metrics = null,
        IRateLimiter<TKey>? rateLimiter = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(reconciler);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options ?? new ControllerOptions();
        _options.Validate();
        Name = name;
        _reconciler = reconciler;
        _time = time;
        _logger = logger;
        _metrics = metrics ?? NullControllerMetrics.Instance;
        Queue = new WorkQueue<TKey>(name, time, rateLimiter, _metrics);
    }

    public string Name { get; }

    /// <summary>Where event handlers add keys to reconcile.</summary>
    public WorkQueue<TKey> Queue { get; }

    /// <summary>Runs the workers until <paramref name="ct"/> is cancelled, then drains and returns. Runs once.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
            throw new InvalidOperationException($"Controller {Name} was already started.");

        LogStartingWorkers(_logger, Name, _options.Workers);
        var workers = new Task[_options.Workers];
        for (var i = 0; i < workers.Length; i++)
            workers[i] = Task.Run(() => WorkAsync(ct), CancellationToken.None);

        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (ct.UnsafeRegister(static state => ((TaskCompletionSource)state!).TrySetResult(), stopping))
            await stopping.Task.ConfigureAwait(false);

        LogStopping(_logger, Name);
        await Queue.ShutDownWithDrainAsync(CancellationToken.None).ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
        LogStopped(_logger, Name);
    }

    private async Task WorkAsync(CancellationToken ct)
    {
        while (true)
        {
            var (key, shutdown) = await Queue.GetAsync(CancellationToken.None).ConfigureAwait(false);
            if (shutdown)
                return;
            try
            {
                // Keys taken after the stop signal would only see a cancelled token: drop them.
                if (!ct.IsCancellationRequested)
                    await ReconcileAsync(key, ct).ConfigureAwait(false);
            }
            finally
            {
                Queue.Done(key);
            }
        }
    }
}
