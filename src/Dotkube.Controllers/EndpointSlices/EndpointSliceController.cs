using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Client.Informers;
using Dotkube.Client.Runtime;
using Dotkube.Controllers.Common;
using Microsoft.Extensions.Logging;
using Slice = Dotkube.Api.Discovery.V1.EndpointSlice;

namespace Dotkube.Controllers.EndpointSlices;

/// <summary>
/// Keeps the EndpointSlices (discovery.k8s.io/v1) of every Service with a selector (upstream's
/// pkg/controller/endpointslice): slices named "&lt;service&gt;-&lt;random&gt;", labelled with the service
/// name and endpointslice-controller.k8s.io as manager, controlled by the Service, holding at
/// most <see cref="EndpointSliceOptions.MaxEndpointsPerSlice"/> endpoints each, packed by
/// <see cref="SlicePlanner"/>. Services without a selector and ExternalName services are left
/// alone. The queue holds service keys.
/// </summary>
public sealed partial class EndpointSliceController : IManagedController, IReconciler<string>
{
    private readonly ControllerContext _context;
    private readonly EndpointSliceOptions _options;
    private readonly SharedInformer<Service> _services;
    private readonly SharedInformer<Pod> _pods;
    private readonly SharedInformer<Node> _nodes;
    private readonly SharedInformer<Slice> _slices;
    private readonly Controller<string> _controller;
    private readonly TriggerTimeTracker _triggerTimes = new();
    private readonly EndpointSliceTracker _tracker = new();
    private readonly ILogger _logger;

    public EndpointSliceController(ControllerContext context, EndpointSliceOptions? options = null)
    {
        _context = context;
        _options = options ?? new EndpointSliceOptions();
        _options.Validate();
        _logger = context.Loggers.CreateLogger<EndpointSliceController>();
        _services = context.Informers.For<Service>();
        _pods = context.Informers.For<Pod>();
        _nodes = context.Informers.For<Node>();
        _slices = context.Informers.For<Slice>();
        // --concurrent-service-endpoint-syncs, upstream default 5.
        _controller = new Controller<string>(Name, this, context.Time, _logger,
            new ControllerOptions { Workers = context.Options.ConcurrentSyncs }, context.Metrics);

        _services.AddEventHandler(
            onAdd: (s, _) => _controller.Queue.Add(ObjectKeys.Of(s)),
            onUpdate: (_, s) => _controller.Queue.Add(ObjectKeys.Of(s)),
            onDelete: s => _controller.Queue.Add(ObjectKeys.Of(s)));
        _pods.AddEventHandler(
            onAdd: (p, _) => EnqueueAll(ServiceEndpoints.ServicesToSync(_services.Lister, null, p)),
            onUpdate: (old, p) => EnqueueAll(ServiceEndpoints.ServicesToSync(_services.Lister, old, p)),
            onDelete: p => EnqueueAll(ServiceEndpoints.ServicesSelecting(_services.Lister, p).Select(ObjectKeys.Of)));
        _slices.AddEventHandler(
            onAdd: (s, _) => OnSliceChanged(null, s),
            onUpdate: OnSliceChanged,
            onDelete: s =>
            {
                if (IsManaged(s) && _tracker.HandleDeletion(s))
                    EnqueueServiceOf(s);
            });
    }

    public string Name => "endpointslice";

    public async Task RunAsync(CancellationToken ct)
    {
        await _services.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _pods.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _nodes.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _slices.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _controller.RunAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Slices written by others (or changed since we wrote them) make their service sync again;
    /// a changed service-name label or manager syncs both the old and the new owner.
    /// </summary>
    private void OnSliceChanged(Slice? old, Slice slice)
    {
        var oldService = old?.Metadata.Labels?.GetValueOrDefault(EndpointSliceLabels.ServiceName);
        var service = slice.Metadata.Labels?.GetValueOrDefault(EndpointSliceLabels.ServiceName);
        if (old is not null && (oldService != service || IsManaged(old) != IsManaged(slice)))
        {
            EnqueueServiceOf(old);
            EnqueueServiceOf(slice);
            return;
        }

        if (IsManaged(slice) && _tracker.ShouldSync(slice))
            EnqueueServiceOf(slice);
    }

    private static bool IsManaged(Slice slice) =>
        slice.Metadata.Labels?.GetValueOrDefault(EndpointSliceLabels.ManagedBy) == EndpointSliceLabels.ControllerName;

    private void EnqueueServiceOf(Slice slice)
    {
        if (slice.Metadata.Labels?.GetValueOrDefault(EndpointSliceLabels.ServiceName) is { Length: > 0 } service)
            _controller.Queue.Add(ObjectKeys.For(slice.Metadata.Namespace, service));
    }

    private void EnqueueAll(IEnumerable<string> keys)
    {
        foreach (var key in keys)
            _controller.Queue.Add(key);
    }
}
