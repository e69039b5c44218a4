using System.Threading.Channels;
using Dotkube.Api.Meta;
using Dotkube.Client.Dynamic;
using Dotkube.Client.Informers;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.GarbageCollector;

/// <summary>
/// One metadata informer per resource the garbage collector can act on (upstream's monitors):
/// every discovered resource that supports list, watch and delete, except events. Their changes
/// go, in order, into one channel that the graph reads. <see cref="SyncAsync"/> starts monitors
/// for resources that appeared since the last call and stops those that went.
/// </summary>
public sealed class GraphMonitors(MetadataClient metadata, TimeProvider time, ILoggerFactory loggers) : IAsyncDisposable
{
    /// <summary>As upstream's ignoredResources: events are never owners worth tracking and churn a lot.</summary>
    private static readonly HashSet<(string Group, string Resource)> Ignored = [("", "events"), ("events.k8s.io", "events")];

    private readonly Dictionary<ApiResource, (SharedInformer<PartialObjectMetadata> Informer, CancellationTokenSource Stop, Task Running)> _monitors = [];
    private readonly Channel<GraphEvent> _events = Channel.CreateUnbounded<GraphEvent>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<GraphEvent> Events => _events.Reader;

    /// <summary>The resources the garbage collector handles among <paramref name="discovered"/>.</summary>
    public static IEnumerable<ApiResource> Deletable(IEnumerable<ApiResource> discovered) =>
        discovered.Where(r => r.Supports("delete", "list", "watch") && !Ignored.Contains((r.Group, r.Resource)));

    /// <summary>Starts and stops monitors to match <paramref name="resources"/>; returns the informers started now.</summary>
    public async Task<IReadOnlyList<SharedInformer<PartialObjectMetadata>>> SyncAsync(IEnumerable<ApiResource> resources, CancellationToken ct)
    {
        var wanted = Deletable(resources).ToHashSet();
        foreach (var gone in _monitors.Keys.Where(r => !wanted.Contains(r)).ToList())
        {
            var (_, stop, running) = _monitors[gone];
            _monitors.Remove(gone);
            await stop.CancelAsync().ConfigureAwait(false);
            await running.ConfigureAwait(false);
            stop.Dispose();
        }

        var started = new List<SharedInformer<PartialObjectMetadata>>();
        foreach (var resource in wanted.Where(r => !_monitors.ContainsKey(r)))
        {
            var informer = new SharedInformer<PartialObjectMetadata>(metadata.ListerWatcher(resource), time,
                loggers.CreateLogger<SharedInformer<PartialObjectMetadata>>());
            informer.AddEventHandler(
                (obj, _) => Post(GraphEventKind.Observed, resource, obj),
                (_, obj) => Post(GraphEventKind.Observed, resource, obj),
                obj => Post(GraphEventKind.Deleted, resource, obj));
            var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var running = Task.Run(() => informer.RunAsync(stop.Token), CancellationToken.None);
            _monitors[resource] = (informer, stop, running);
            started.Add(informer);
        }

        return started;
    }

    public int Count => _monitors.Count;

    /// <summary>Tells the graph that a live read found <paramref name="identity"/> absent.</summary>
    public void PostVirtualDelete(ObjectIdentity identity) =>
        _events.Writer.TryWrite(new GraphEvent(GraphEventKind.VirtualDeleted, identity));

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, stop, running) in _monitors.Values)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await running.ConfigureAwait(false);
            stop.Dispose();
        }

        _monitors.Clear();
        _events.Writer.TryComplete();
    }

    private void Post(GraphEventKind kind, ApiResource resource, PartialObjectMetadata obj)
    {
        var meta = obj.Metadata;
        var identity = new ObjectIdentity(resource.ApiVersion, resource.Kind, meta.Namespace, meta.Name ?? "", meta.Uid ?? "");
        _events.Writer.TryWrite(new GraphEvent(kind, identity, meta));
    }
}
