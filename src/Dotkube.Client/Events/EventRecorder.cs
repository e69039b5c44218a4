using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Threading.Channels;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Client.Rest;
using Microsoft.Extensions.Logging;

namespace Dotkube.Client.Events;

/// <summary>
/// Records core/v1 Events about objects, as client-go's tools/record EventRecorder with its
/// broadcaster and sink: what <c>kubectl describe</c> lists under Events.
/// <para>
/// Recording never blocks and never throws: the event is stamped (name, timestamps, source) and
/// queued; a single background writer correlates and writes it. Identical events become one Event
/// whose count and lastTimestamp grow (a PATCH, not a new object); similar ones with many different
/// messages are combined; a per-object token bucket drops floods. See <see cref="EventRecorderOptions"/>
/// for the limits. Events go to the involved object's namespace, "default" for cluster-scoped
/// objects, as upstream. Writes that fail for lack of a server are retried; ones the server refuses are
/// dropped, as client-go. Disposing drains the queue (without retrying failures) and stops the writer.
/// </para>
/// </summary>
public sealed partial class EventRecorder : IAsyncDisposable
{
    private readonly KubeClient _client;
    private readonly EventRecorderOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly ILogger _logger;
    private readonly EventNames _names = new();
    private readonly EventCorrelator _correlator;
    private readonly Channel<Event> _queue;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _writer;

    /// <param name="random">Spreads the first retry after a failed write; defaults to <see cref="Random.Shared"/>.</param>
    public EventRecorder(KubeClient client, EventRecorderOptions options, TimeProvider time, ILogger logger, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _client = client;
        _options = options;
        _time = time;
        _logger = logger;
        _random = random ?? Random.Shared;
        _correlator = new EventCorrelator(options, _names);
        var queueOptions = new BoundedChannelOptions(options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropWrite,
            SingleReader = true,
        };
        _queue = Channel.CreateBounded<Event>(queueOptions, dropped => LogQueueFull(_logger, Describe(dropped)));
        _writer = Task.Run(WriteAllAsync, CancellationToken.None);
    }

    /// <summary>Records an event about <paramref name="regarding"/>; <paramref name="type"/> is "Normal" or "Warning" (see <see cref="EventType"/>).</summary>
    public void Event(KubeObject regarding, string type, string reason, string message)
    {
        try
        {
            Enqueue(regarding, type, reason, message);
        }
        catch (Exception e)
        {
            LogRecordFailed(_logger, reason, e);
        }
    }

    /// <summary>As <see cref="Event(KubeObject, string, string, string)"/> with a message formatted in the invariant culture (client-go's Eventf).</summary>
    public void Event(KubeObject regarding, string type, string reason, [StringSyntax(StringSyntaxAttribute.CompositeFormat)] string format,
        params object?[] args)
    {
        try
        {
            Enqueue(regarding, type, reason, string.Format(CultureInfo.InvariantCulture, format, args));
        }
        catch (Exception e)
        {
            LogRecordFailed(_logger, reason, e);
        }
    }

    /// <summary>Stops taking events, writes those already queued and waits for the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        // Queued events are still written, but a failed write is no longer retried.
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _writer.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private void Enqueue(KubeObject regarding, string type, string reason, string message)
    {
        ArgumentNullException.ThrowIfNull(regarding);
        if (type is not (EventType.Normal or EventType.Warning))
        {
            LogUnsupportedType(_logger, type, reason);
            return;
        }

        var reference = ReferenceTo(regarding);
        if (string.IsNullOrEmpty(reference.Name))
        {
            LogNoReference(_logger, reason);
            return;
        }

        var now = _time.GetUtcNow();
        var e = new Event
        {
            Metadata = new ObjectMeta
            {
                Name = _names.Next(reference.Name, now),
                Namespace = string.IsNullOrEmpty(reference.Namespace) ? "default" : reference.Namespace,
            },
            InvolvedObject = reference,
            Reason = reason,
            Message = message,
            FirstTimestamp = now,
            LastTimestamp = now,
            Count = 1,
            Type = type,
            Source = new EventSource { Component = _options.Component, Host = _options.Host.Length > 0 ? _options.Host : null },
            ReportingComponent = _options.Component,
            ReportingInstance = _options.Host,
        };
        if (!_queue.Writer.TryWrite(e))
            LogRecorderStopped(_logger, Describe(e));
    }

    /// <summary>client-go's reference.GetReference: kind and apiVersion from the object, else from its registered type.</summary>
    private static ObjectReference ReferenceTo(KubeObject obj)
    {
        var kind = obj.Kind;
        var apiVersion = obj.ApiVersion;
        if (string.IsNullOrEmpty(kind) || string.IsNullOrEmpty(apiVersion))
        {
            var gvk = Scheme.Default.KindOf(obj.GetType());
            kind = string.IsNullOrEmpty(kind) ? gvk?.Kind : kind;
            apiVersion = string.IsNullOrEmpty(apiVersion) ? gvk?.ApiVersion : apiVersion;
        }

        return new ObjectReference
        {
            Kind = kind,
            ApiVersion = apiVersion,
            Namespace = obj.Metadata.Namespace,
            Name = obj.Metadata.Name,
            Uid = obj.Metadata.Uid,
            ResourceVersion = obj.Metadata.ResourceVersion,
        };
    }

    private static string Describe(Event e) =>
        $"{e.InvolvedObject.Kind}/{e.InvolvedObject.Namespace}/{e.InvolvedObject.Name} {e.Type} {e.Reason}: {e.Message}";
}
