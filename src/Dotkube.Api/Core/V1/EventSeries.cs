using System.Text.Json.Serialization;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 EventSeries: a series of repeated occurrences of one event.</summary>
public sealed class EventSeries
{
    public int? Count { get; set; }

    [JsonConverter(typeof(MicroTimeConverter))]
    public DateTimeOffset LastObservedTime { get; set; }
}
