using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Events.V1;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Events.V1;

public class EventJsonTests
{
    private const string EventJson = """
        {
          "kind": "Event",
          "apiVersion": "events.k8s.io/v1",
          "metadata": { "name": "web-7d4b9-x2k4p.17c5e1f1a2b3c4d5", "namespace": "default", "creationTimestamp": null },
          "eventTime": "2024-05-01T10:00:00.250000Z",
          "series": { "count": 4, "lastObservedTime": "2024-05-01T10:05:00.000001Z" },
          "reportingController": "kubernetes.io/kubelet",
          "reportingInstance": "node-1",
          "action": "Pulling",
          "reason": "BackOff",
          "regarding": { "kind": "Pod", "namespace": "default", "name": "web-7d4b9-x2k4p", "apiVersion": "v1", "fieldPath": "spec.containers{web}" },
          "note": "Back-off pulling image \"web:bad\"",
          "type": "Warning",
          "deprecatedSource": { "component": "kubelet", "host": "node-1" },
          "deprecatedFirstTimestamp": "2024-05-01T10:00:00Z",
          "deprecatedLastTimestamp": "2024-05-01T10:05:00Z",
          "deprecatedCount": 4
        }
        """;

    [Fact]
    public void RoundTrip_Event_IsSemanticallyEqual()
    {
        var ev = KubeJson.Deserialize<Event>(Encoding.UTF8.GetBytes(EventJson));

        Assert.Equal(4, ev.Series!.Count);
        Assert.Equal("web-7d4b9-x2k4p", ev.Regarding.Name);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(EventJson), JsonNode.Parse(KubeJson.Serialize(ev))));
    }

    [Fact]
    public void Serialize_MinimalEvent_AlwaysWritesEventTimeRegardingAndSource()
    {
        var ev = new Event { EventTime = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero) };

        var json = Encoding.UTF8.GetString(KubeJson.Serialize(ev));

        Assert.Equal("""{"metadata":{"creationTimestamp":null},"eventTime":"2024-05-01T10:00:00.000000Z","regarding":{},"deprecatedSource":{},"deprecatedFirstTimestamp":null,"deprecatedLastTimestamp":null}""", json);
    }

    [Fact]
    public void Scheme_EventsV1Event_ResolvesByPluralAndShortName()
    {
        var info = Scheme.Default.FindResource("events.k8s.io", "v1", "events");

        Assert.NotNull(info);
        Assert.Equal(typeof(Event), info.ClrType);
        Assert.Equal(["ev"], info.ShortNames);
        Assert.NotNull(info.ListTypeInfo);
    }
}
