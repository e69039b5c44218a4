using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Events;
using Dotkube.Testing;

namespace Dotkube.Client.Tests.Events;

public sealed class EventCorrelatorTests
{
    private readonly ManualTime _time = new();
    private readonly EventRecorderOptions _options = new() { Component = "test-controller" };

    [Fact]
    public void Keys_MessageChange_ChangesIdenticalKeyOnly()
    {
        var a = NewEvent("pod-a", "Scheduled", "to node-1");
        var b = NewEvent("pod-a", "Scheduled", "to node-2");

        Assert.NotEqual(EventKeys.Identical(a), EventKeys.Identical(b));
        Assert.Equal(EventKeys.Similar(a), EventKeys.Similar(b));
        Assert.Equal(EventKeys.Spam(a), EventKeys.Spam(b));
    }

    [Fact]
    public void Keys_ReasonChange_KeepsSpamKey()
    {
        var a = NewEvent("pod-a", "Scheduled", "m");
        var b = NewEvent("pod-a", "Pulled", "m");

        Assert.NotEqual(EventKeys.Similar(a), EventKeys.Similar(b));
        Assert.Equal(EventKeys.Spam(a), EventKeys.Spam(b));
    }

    [Fact]
    public void Keys_OtherObject_ChangesEveryKey()
    {
        var a = NewEvent("pod-a", "Scheduled", "m");
        var b = NewEvent("pod-b", "Scheduled", "m");

        Assert.NotEqual(EventKeys.Identical(a), EventKeys.Identical(b));
        Assert.NotEqual(EventKeys.Similar(a), EventKeys.Similar(b));
        Assert.NotEqual(EventKeys.Spam(a), EventKeys.Spam(b));
    }

    [Fact]
    public void Correlate_Repeat_PatchesTheFirstEventsNameWithCountTwo()
    {
        var correlator = NewCorrelator();
        var first = correlator.Correlate(NewEvent("pod-a", "BackOff", "restarting"), _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(30));

        var repeat = NewEvent("pod-a", "BackOff", "restarting", name: "pod-a.other");
        var second = correlator.Correlate(repeat, _time.GetUtcNow());

        Assert.Null(first.Patch);
        Assert.Equal(first.Event!.Metadata.Name, second.Event!.Metadata.Name);
        Assert.Equal(2, second.Event.Count);
        Assert.Equal(first.Event.FirstTimestamp, second.Event.FirstTimestamp);
        Assert.Equal("""{"count":2,"lastTimestamp":"2025-01-01T00:00:30Z","message":"restarting"}""", Encoding.UTF8.GetString(second.Patch!));
    }

    [Fact]
    public void Correlate_TenthDistinctMessage_IsCombinedAndLaterOnesCountOnIt()
    {
        var correlator = NewCorrelator();
        for (var i = 1; i <= 9; i++)
        {
            var (e, _, patch) = correlator.Correlate(NewEvent("pod-a", "Failed", $"error {i}"), _time.GetUtcNow());
            Assert.Equal($"error {i}", e!.Message);
            Assert.Null(patch);
        }

        var tenth = correlator.Correlate(NewEvent("pod-a", "Failed", "error 10"), _time.GetUtcNow());
        var eleventh = correlator.Correlate(NewEvent("pod-a", "Failed", "error 11"), _time.GetUtcNow());

        Assert.Equal("(combined from similar events): error 10", tenth.Event!.Message);
        Assert.Null(tenth.Patch);
        Assert.Equal(tenth.Event.Metadata.Name, eleventh.Event!.Metadata.Name);
        Assert.Equal("(combined from similar events): error 11", eleventh.Event.Message);
        Assert.Equal(2, eleventh.Event.Count);
    }

    [Fact]
    public void Correlate_SimilarEventsFurtherApartThanTheWindow_StartAFreshCount()
    {
        var correlator = NewCorrelator();
        for (var i = 1; i <= 9; i++)
        {
            correlator.Correlate(NewEvent("pod-a", "Failed", $"error {i}"), _time.GetUtcNow());
        }

        _time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        var later = correlator.Correlate(NewEvent("pod-a", "Failed", "error 10"), _time.GetUtcNow());

        Assert.Equal("error 10", later.Event!.Message);
    }

    [Fact]
    public void SpamFilter_AfterBurstOf25_DropsUntilATokenRefillsAfterFiveMinutes()
    {
        var filter = new EventSpamFilter(_options);
        var e = NewEvent("pod-a", "Failed", "m");
        for (var i = 0; i < 25; i++)
        {
            Assert.False(filter.Filter(e, _time.GetUtcNow()), $"event {i + 1} of the burst");
        }

        Assert.True(filter.Filter(e, _time.GetUtcNow()));
        Assert.False(filter.Filter(NewEvent("pod-b", "Failed", "m"), _time.GetUtcNow()));

        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.True(filter.Filter(e, _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(filter.Filter(e, _time.GetUtcNow()));
        Assert.True(filter.Filter(e, _time.GetUtcNow()));
    }

    [Fact]
    public void Correlate_SpamFilterEmpty_ReturnsNoEvent()
    {
        var correlator = NewCorrelator();
        for (var i = 0; i < 25; i++)
        {
            Assert.NotNull(correlator.Correlate(NewEvent("pod-a", "Pulled", "same"), _time.GetUtcNow()).Event);
        }

        Assert.Null(correlator.Correlate(NewEvent("pod-a", "Pulled", "same"), _time.GetUtcNow()).Event);
    }

    [Fact]
    public void EventNames_SameTick_StayUniqueAndHex()
    {
        var names = new EventNames();
        var at = DateTimeOffset.FromUnixTimeSeconds(1);

        var first = names.Next("web", at);
        var second = names.Next("web", at);

        Assert.Equal("web.3b9aca00", first);
        Assert.Equal("web.3b9aca01", second);
    }

    private EventCorrelator NewCorrelator() => new(_options, new EventNames());

    private Event NewEvent(string objectName, string reason, string message, string? name = null)
    {
        var now = _time.GetUtcNow();
        return new Event
        {
            Metadata = new ObjectMeta { Name = name ?? $"{objectName}.{now.Ticks:x}", Namespace = "default" },
            InvolvedObject = new ObjectReference { Kind = "Pod", ApiVersion = "v1", Namespace = "default", Name = objectName, Uid = "uid-" + objectName },
            Reason = reason,
            Message = message,
            Type = EventType.Warning,
            Source = new EventSource { Component = _options.Component },
            ReportingComponent = _options.Component,
            Count = 1,
            FirstTimestamp = now,
            LastTimestamp = now,
        };
    }
}
