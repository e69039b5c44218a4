using Dotkube.Api.Core.V1;
using Dotkube.Api.Validation;
using EventsV1 = Dotkube.Api.Events.V1;

namespace Dotkube.Api.Tests.Validation.Events;

public class EventValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static EventsV1.Event Valid() => new()
    {
        Metadata = { Name = "web.1", Namespace = "default" },
        EventTime = Now,
        ReportingController = "dotkube.io/scheduler",
        ReportingInstance = "node-1",
        Action = "Binding",
        Reason = "Scheduled",
        Regarding = new ObjectReference { Kind = "Pod", Namespace = "default", Name = "web" },
        Note = "Successfully assigned default/web to node-1",
        Type = "Normal",
    };

    [Fact]
    public void ValidateCreate_ValidEvent_HasNoErrors() => Assert.Empty(ObjectValidation.ValidateCreate(Valid()));

    public static TheoryData<string, Action<EventsV1.Event>, string> Cases() => new()
    {
        { "missing eventTime", e => e.EventTime = default, "eventTime: Required value" },
        { "bad type", e => e.Type = "Info", "type: Invalid value: \"\": has invalid value: Info" },
        { "deprecated count", e => e.DeprecatedCount = 3, "count: Invalid value: \"\": needs to be unset" },
        { "deprecated source", e => e.DeprecatedSource.Component = "kubelet", "source: Invalid value: \"\": needs to be unset" },
        { "short series", e => e.Series = new EventsV1.EventSeries { Count = 1, LastObservedTime = Now }, "series.count: Invalid value: \"\": should be at least 2" },
        { "no action", e => e.Action = null, "action: Required value" },
        { "cluster-scoped object outside default", e => { e.Metadata.Namespace = "team-a"; e.Regarding.Namespace = null; }, "involvedObject.namespace: Invalid value: \"\": does not match event.namespace" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_InvalidEvent_ReportsUpstreamError(string name, Action<EventsV1.Event> mutate, string expected)
    {
        var e = Valid();
        mutate(e);

        var messages = ObjectValidation.ValidateCreate(e).Select(x => x.ToString());

        Assert.True(messages.Contains(expected), $"{name}: got [{string.Join("; ", messages)}]");
    }

    [Fact]
    public void ValidateUpdate_ChangedNote_IsImmutable()
    {
        var old = Valid();
        var updated = Valid();
        updated.Note = "changed";

        var error = Assert.Single(ObjectValidation.ValidateUpdate(updated, old));
        Assert.Equal("message: Invalid value: \"changed\": field is immutable", error.ToString());
    }

    [Fact]
    public void ValidateCreate_CoreEventWithoutName_GetsNoMetadataValidation()
    {
        // As upstream: core/v1 events pass legacy validation only.
        var legacy = new Event { Metadata = { Namespace = "default" }, InvolvedObject = { Namespace = "default", Name = "web" } };

        Assert.Empty(ObjectValidation.ValidateCreate(legacy));
    }
}
