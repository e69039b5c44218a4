using System.Collections.Concurrent;
using Dotkube.Client.Events;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers;

/// <summary>
/// What every controller is built from (kube-controller-manager's ControllerContext): one client
/// with the controller manager's identity, one shared informer factory, the clock, loggers,
/// metrics, options, and one event recorder per reporting component.
/// </summary>
public sealed class ControllerContext : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, EventRecorder> _recorders = new();

    public required KubeClient Client { get; init; }

    public required SharedInformerFactory Informers { get; init; }

    public required TimeProvider Time { get; init; }

    public required ILoggerFactory Loggers { get; init; }

    public IControllerMetrics Metrics { get; init; } = NullControllerMetrics.Instance;

    public ControllerManagerOptions Options { get; init; } = new();

    /// <summary>The recorder whose events carry <paramref name="component"/> as source (e.g. "replicaset-controller").</summary>
    public EventRecorder Events(string component) =>
        _recorders.GetOrAdd(component, c => new EventRecorder(Client, new EventRecorderOptions { Component = c }, Time,
            Loggers.CreateLogger("Dotkube.Controllers.Events")));

    public async ValueTask DisposeAsync()
    {
        foreach (var recorder in _recorders.Values)
            await recorder.DisposeAsync().ConfigureAwait(false);
        _recorders.Clear();
    }
}
