using Dotkube.Api.Core.V1;
using Dotkube.Client.Events;
using Dotkube.Client.Informers;
using Dotkube.Client.Runtime;
using Dotkube.Controllers.Common;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.Endpoints;

/// <summary>
/// Keeps one Endpoints object per Service with a selector, listing the addresses of the pods it
/// selects (upstream's pkg/controller/endpoint). Services without a selector (such as
/// default/kubernetes) and ExternalName services are left alone: their Endpoints are someone
/// else's. The Endpoints of a deleted service are deleted. The queue holds service keys.
/// </summary>
public sealed partial class EndpointsController : IManagedController, IReconciler<string>
{
    /// <summary>Set to "truncated" when more than <see cref="EndpointSubsets.MaxCapacity"/> addresses were cut (v1.EndpointsOverCapacity).</summary>
    public const string OverCapacityAnnotation = "endpoints.kubernetes.io/over-capacity";

    // Endpoints used as leader-election locks carry this annotation and have no service.
    private const string LeaderAnnotation = "control-plane.alpha.kubernetes.io/leader";

    private readonly ControllerContext _context;
    private readonly SharedInformer<Service> _services;
    private readonly SharedInformer<Pod> _pods;
    private readonly SharedInformer<Api.Core.V1.Endpoints> _endpoints;
    private readonly Controller<string> _controller;
    private readonly TriggerTimeTracker _triggerTimes = new();
    private readonly EventRecorder _events;
    private readonly ILogger _logger;

    public EndpointsController(ControllerContext context)
    {
        _context = context;
        _logger = context.Loggers.CreateLogger<EndpointsController>();
        _events = context.Events("endpoint-controller");
        _services = context.Informers.For<Service>();
        _pods = context.Informers.For<Pod>();
        _endpoints = context.Informers.For<Api.Core.V1.Endpoints>();
        // --concurrent-endpoint-syncs, upstream default 5.
        _controller = new Controller<string>(Name, this, context.Time, _logger,
            new ControllerOptions { Workers = context.Options.ConcurrentSyncs }, context.Metrics);

        _services.AddEventHandler(
            onAdd: (s, _) => Enqueue(s),
            onUpdate: (_, s) => Enqueue(s),
            onDelete: Enqueue);
        _pods.AddEventHandler(
            onAdd: (p, _) => EnqueueAll(ServiceEndpoints.ServicesToSync(_services.Lister, null, p)),
            onUpdate: (old, p) => EnqueueAll(ServiceEndpoints.ServicesToSync(_services.Lister, old, p)),
            onDelete: p => EnqueueAll(ServiceEndpoints.ServicesSelecting(_services.Lister, p).Select(ObjectKeys.Of)));
        // As upstream: deleted Endpoints of a live service come back.
        _endpoints.AddEventHandler(onDelete: e => _controller.Queue.Add(ObjectKeys.Of(e)));
    }

    public string Name => "endpoints";

    public async Task RunAsync(CancellationToken ct)
    {
        await _services.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _pods.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _endpoints.WaitForSyncAsync(ct).ConfigureAwait(false);
        EnqueueLeftovers();
        await _controller.RunAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Once at start, every existing Endpoints is synced (upstream's checkLeftoverEndpoints), so
    /// that those whose service was deleted while the controller was down are deleted too.
    /// </summary>
    private void EnqueueLeftovers()
    {
        foreach (var endpoints in _endpoints.Lister.List())
        {
            if (endpoints.Metadata.Annotations?.ContainsKey(LeaderAnnotation) != true)
                _controller.Queue.Add(ObjectKeys.Of(endpoints));
        }
    }

    private void Enqueue(Service service) => _controller.Queue.Add(ObjectKeys.Of(service));

    private void EnqueueAll(IEnumerable<string> keys)
    {
        foreach (var key in keys)
            _controller.Queue.Add(key);
    }
}
