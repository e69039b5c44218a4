using System.Text.Json.Serialization;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Events.V1;

/// <summary>events/v1 EventSeries: a repeating event, updated on the reporter's heartbeat.</summary>
public sealed class EventSeries
{
    /// <summary>Occurrences up to the last heartbeat.</summary>
    public int Count { get; set; }

    [JsonConverter(typeof(MicroTimeConverter))]
    public DateTimeOffset LastObservedTime { get; set; }
}
