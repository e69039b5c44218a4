using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Client.Informers;
using Dotkube.Proxy.Iptables;
using Dotkube.Proxy.Rules;
using Dotkube.Proxy.Sync;
using Microsoft.Extensions.Logging;

namespace Dotkube.Proxy;

/// <summary>
/// The node's service proxy in kube-proxy's iptables mode: watches Services and EndpointSlices
/// and keeps the KUBE- chains of the filter and nat tables in step with them. Every change asks
/// for a sync; syncs run at most once per <see cref="ProxyOptions.MinSyncPeriod"/> and are full
/// once per <see cref="ProxyOptions.SyncPeriod"/>, partial otherwise.
/// </summary>
public sealed partial class ServiceProxy : IAsyncDisposable
{
    private readonly ProxyOptions _options;
    private readonly SharedInformer<Service> _services;
    private readonly SharedInformer<EndpointSlice> _slices;
    private readonly ProxySyncer _syncer;
    private readonly SyncLoop _loop;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<IEventHandlerRegistration> _handlers = [];
    private Task _running = Task.CompletedTask;

    private ServiceProxy(ProxyOptions options, SharedInformerFactory informers, ILoggerFactory loggers, TimeProvider time)
    {
        _options = options;
        _time = time;
        _logger = loggers.CreateLogger<ServiceProxy>();
        _services = informers.For<Service>();
        _slices = informers.For<EndpointSlice>();
        var iptables = new IptablesClient(new CommandRunner(options.CommandPrefix));
        _syncer = new ProxySyncer(iptables, new RuleContext(options.NodeName, options.ClusterCidr, options.MasqueradeBit), options.Metrics, time);
        // A failed sync is retried after MinSyncPeriod (at least 1 s); upstream waits a whole sync period.
        var retry = options.MinSyncPeriod > TimeSpan.FromSeconds(1) ? options.MinSyncPeriod : TimeSpan.FromSeconds(1);
        _loop = new SyncLoop(SyncAsync, options.MinSyncPeriod, options.SyncPeriod, retry, time) { OnError = e => LogSyncFailed(e) };
    }

    /// <summary>
    /// Starts the proxy: registers its handlers, starts the informers (if not yet started) and
    /// returns once they have synced; the first sync then runs in the background.
    /// </summary>
    public static async Task<ServiceProxy> StartAsync(ProxyOptions options, SharedInformerFactory informers, ILoggerFactory loggers, TimeProvider time,
        CancellationToken ct)
    {
        options.Validate();
        var proxy = new ServiceProxy(options, informers, loggers, time);
        proxy._handlers.Add(proxy._services.AddEventHandler((_, _) => proxy._loop.Request(), (_, _) => proxy._loop.Request(), _ => proxy._loop.Request()));
        proxy._handlers.Add(proxy._slices.AddEventHandler((_, _) => proxy._loop.Request(), (_, _) => proxy._loop.Request(), _ => proxy._loop.Request()));
        await informers.StartAsync(ct);
        await Task.WhenAll(proxy._services.WaitForSyncAsync(ct), proxy._slices.WaitForSyncAsync(ct));
        proxy._running = Task.Run(() => proxy._loop.RunAsync(proxy._stop.Token), CancellationToken.None);
        return proxy;
    }

    /// <summary>The rules of the last successful sync (tests, debugging).</summary>
    public RuleSet? Applied => _syncer.Applied;

    /// <summary>
    /// Removes every KUBE- chain and our jumps from the filter and nat tables, as <c>kube-proxy --cleanup</c>;
    /// <paramref name="commandPrefix"/> as <see cref="ProxyOptions.CommandPrefix"/>.
    /// </summary>
    public static Task CleanupAsync(IReadOnlyList<string> commandPrefix, CancellationToken ct) =>
        new ProxySyncer(new IptablesClient(new CommandRunner(commandPrefix)), new RuleContext("", "10.42.0.0/16"), NullProxyMetrics.Instance, TimeProvider.System)
            .CleanupAsync(ct);

    public async ValueTask DisposeAsync()
    {
        foreach (var handler in _handlers)
            handler.Dispose();
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task SyncAsync(CancellationToken ct)
    {
        var ports = ServiceSnapshot.Build(_services.Lister.List(), _slices.Lister.List());
        var dueFull = _syncer.LastFullSync is not { } last || _time.GetUtcNow() - last >= _options.SyncPeriod;
        var full = await _syncer.SyncAsync(ports, dueFull, ct);
        LogSynced(full, ports.Count, _syncer.Applied?.Nat.RuleCount ?? 0);
    }
}
