using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Tests.Core.V1;

public class EventJsonTests
{
    private const string SchedulerEvent = """
        {
          "kind": "Event", "apiVersion": "v1",
          "metadata": { "name": "web-7d4b9c-x2k4p.17c9a3b2f0e1d2c3", "namespace": "default", "creationTimestamp": null },
          "involvedObject": { "kind": "Pod", "namespace": "default", "name": "web-7d4b9c-x2k4p", "uid": "0b7e1f52-6c7d-4a8e-9f10-1a2b3c4d5e6f", "apiVersion": "v1", "resourceVersion": "8812" },
          "reason": "Scheduled",
          "message": "Successfully assigned default/web-7d4b9c-x2k4p to kind-worker",
          "source": {},
          "firstTimestamp": null,
          "lastTimestamp": null,
          "type": "Normal",
          "eventTime": "2024-05-01T10:00:00.123456Z",
          "action": "Binding",
          "reportingComponent": "default-scheduler",
          "reportingInstance": "default-scheduler-kind-control-plane"
        }
        """;

    private const string KubeletEvent = """
        {
          "kind": "Event", "apiVersion": "v1",
          "metadata": { "name": "web-7d4b9c-x2k4p.17c9a3b2f0e1d2c4", "namespace": "default", "creationTimestamp": null },
          "involvedObject": { "kind": "Pod", "namespace": "default", "name": "web-7d4b9c-x2k4p", "fieldPath": "spec.containers{web}" },
          "reason": "BackOff",
          "message": "Back-off restarting failed container web",
          "source": { "component": "kubelet", "host": "kind-worker" },
          "firstTimestamp": "2024-05-01T10:01:00Z",
          "lastTimestamp": "2024-05-01T10:09:00Z",
          "count": 7,
          "type": "Warning",
          "eventTime": null,
          "series": { "count": 6, "lastObservedTime": "2024-05-01T10:09:00.000001Z" },
          "related": { "kind": "Node", "name": "kind-worker" },
          "reportingComponent": "",
          "reportingInstance": ""
        }
        """;

    [Theory]
    [InlineData(SchedulerEvent)]
    [InlineData(KubeletEvent)]
    public void RoundTrip_CoreEvent_IsUnchanged(string json)
    {
        ClusterJson.AssertRoundTrips<Event>(json);
    }

    [Fact]
    public void Decode_EventTime_KeepsMicroseconds()
    {
        var ev = ClusterJson.Decode<Event>(SchedulerEvent);

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_560), ev.EventTime);
    }

    [Fact]
    public void Encode_EventTime_WritesSixFractionalDigits()
    {
        var ev = new Event
        {
            EventTime = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero),
            FirstTimestamp = new DateTimeOffset(2024, 5, 1, 10, 0, 0, 500, TimeSpan.Zero),
            Series = new EventSeries { Count = 2, LastObservedTime = new DateTimeOffset(2024, 5, 1, 10, 0, 1, TimeSpan.Zero).AddTicks(70) },
        };

        var json = ClusterJson.Encode(ev);

        Assert.Contains("\"eventTime\":\"2024-05-01T10:00:00.000000Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"lastObservedTime\":\"2024-05-01T10:00:01.000007Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"firstTimestamp\":\"2024-05-01T10:00:00Z\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_EmptyEvent_WritesRequiredFields()
    {
        Assert.Equal(
            """{"metadata":{"creationTimestamp":null},"involvedObject":{},"source":{},"firstTimestamp":null,"lastTimestamp":null,"eventTime":null,"reportingComponent":"","reportingInstance":""}""",
            ClusterJson.Encode(new Event()));
    }
}
