using System.Text.Json.Serialization;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Core.V1;

/// <summary>
/// core/v1 Event, the legacy event shape (events.k8s.io/v1 Event is the newer view of the same
/// objects). The timestamps are non-pointer metav1 times upstream, written as null when unset;
/// here null means absent.
/// </summary>
[KubeKind("", "v1", "events", ShortNames = ["ev"])]
public sealed class Event : KubeObject
{
    /// <summary>A non-pointer struct upstream, so always written.</summary>
    public ObjectReference InvolvedObject { get; set => field = value ?? new(); } = new();

    public string? Reason { get; set; }

    public string? Message { get; set; }

    /// <summary>A non-pointer struct upstream, so always written.</summary>
    public EventSource Source { get; set => field = value ?? new(); } = new();

    public DateTimeOffset FirstTimestamp { get; set; }

    public DateTimeOffset LastTimestamp { get; set; }

    public int? Count { get; set; }

    /// <summary>An <see cref="EventType"/> value.</summary>
    public string? Type { get; set; }

    [JsonConverter(typeof(MicroTimeConverter))]
    public DateTimeOffset EventTime { get; set; }

    public EventSeries? Series { get; set; }

    public string? Action { get; set; }

    public ObjectReference? Related { get; set; }

    /// <summary>The Go field is ReportingController; no omitempty upstream, so always written.</summary>
    public string ReportingComponent { get; set; } = "";

    /// <summary>No omitempty upstream, so always written.</summary>
    public string ReportingInstance { get; set; } = "";
}
