using System.Text.Json.Serialization;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Events.V1;

/// <summary>
/// events.k8s.io/v1 Event: the newer view of the same stored events as core/v1 Event. Best-effort and
/// short-lived; consumers must not rely on reasons or timing.
/// </summary>
[KubeKind("events.k8s.io", "v1", "events", ShortNames = ["ev"])]
public sealed class Event : KubeObject
{
    /// <summary>When the event was first observed; required, and a non-pointer MicroTime, so always written.</summary>
    [JsonConverter(typeof(MicroTimeConverter))]
    public DateTimeOffset EventTime { get; set; }

    /// <summary>Null for a singleton event.</summary>
    public EventSeries? Series { get; set; }

    /// <summary>e.g. "kubernetes.io/kubelet"; required for new events.</summary>
    public string? ReportingController { get; set; }

    /// <summary>e.g. "kubelet-xyzf", at most 128 characters; required for new events.</summary>
    public string? ReportingInstance { get; set; }

    /// <summary>Machine-readable; at most 128 characters.</summary>
    public string? Action { get; set; }

    /// <summary>Human-readable; at most 128 characters.</summary>
    public string? Reason { get; set; }

    /// <summary>A non-pointer struct upstream, so always written.</summary>
    public ObjectReference Regarding { get; set => field = value ?? new(); } = new();

    public ObjectReference? Related { get; set; }

    /// <summary>At most 1 kB when written, but readers accept up to 64 kB.</summary>
    public string? Note { get; set; }

    /// <summary>"Normal" or "Warning"; more may come.</summary>
    public string? Type { get; set; }

    /// <summary>A non-pointer struct upstream, so always written.</summary>
    public EventSource DeprecatedSource { get; set => field = value ?? new(); } = new();

    public DateTimeOffset DeprecatedFirstTimestamp { get; set; }

    public DateTimeOffset DeprecatedLastTimestamp { get; set; }

    public int? DeprecatedCount { get; set; }
}
