using Dotkube.Api.Core.V1;
using Dotkube.Client.Events;
using Dotkube.Client.Tests.Support;
using Dotkube.Testing;
using Microsoft.Extensions.Logging;
using static Dotkube.Client.Tests.Support.TestObjects;

namespace Dotkube.Client.Tests.Events;

/// <summary>
/// The recorder against a real API server. Timestamps come from a manual clock, so repeats are
/// seconds apart without waiting; disposing the recorder drains its queue before the checks.
/// </summary>
[Collection(ApiServerCollection.Name)]
public sealed class EventRecorderTests(ApiServerFixture server)
{
    // Near the real time (the server's clock judges events too), on a whole second as stored timestamps are.
    private readonly ManualTime _time = new(WholeSecondNow());
    private readonly RecordingLogger _logger = new();

    [Fact]
    public async Task Event_Once_CreatesAnEventWithCountOneAboutTheObject()
    {
        var ns = await server.NewNamespaceAsync();
        var cm = await server.Client.CreateAsync(ConfigMap(ns, "settings"));

        await using (var recorder = NewRecorder())
            recorder.Event(cm, EventType.Normal, "Synced", "synced {0} keys", 3);

        var e = Assert.Single(await EventsIn(ns));
        Assert.StartsWith("settings.", e.Metadata.Name);
        Assert.Equal(ns, e.Metadata.Namespace);
        Assert.Equal("ConfigMap", e.InvolvedObject.Kind);
        Assert.Equal("v1", e.InvolvedObject.ApiVersion);
        Assert.Equal(ns, e.InvolvedObject.Namespace);
        Assert.Equal("settings", e.InvolvedObject.Name);
        Assert.Equal(cm.Metadata.Uid, e.InvolvedObject.Uid);
        Assert.Equal(cm.Metadata.ResourceVersion, e.InvolvedObject.ResourceVersion);
        Assert.Equal("Normal", e.Type);
        Assert.Equal("Synced", e.Reason);
        Assert.Equal("synced 3 keys", e.Message);
        Assert.Equal(1, e.Count);
        Assert.Equal("test-controller", e.Source.Component);
        Assert.Equal("node-1", e.Source.Host);
        Assert.Equal("test-controller", e.ReportingComponent);
        Assert.Equal("node-1", e.ReportingInstance);
        Assert.Equal(_time.GetUtcNow(), e.FirstTimestamp);
        Assert.Equal(e.FirstTimestamp, e.LastTimestamp);
    }

    [Fact]
    public async Task Event_SameThreeTimes_YieldsOneEventWithCountThreeAndLaterLastTimestamp()
    {
        var ns = await server.NewNamespaceAsync();
        var cm = await server.Client.CreateAsync(ConfigMap(ns, "settings"));
        var start = _time.GetUtcNow();

        await using (var recorder = NewRecorder())
        {
            for (var i = 0; i < 3; i++)
            {
                recorder.Event(cm, EventType.Warning, "BackOff", "Back-off restarting");
                _time.Advance(TimeSpan.FromSeconds(5));
            }
        }

        var e = Assert.Single(await EventsIn(ns));
        Assert.Equal(3, e.Count);
        Assert.Equal(start, e.FirstTimestamp);
        Assert.Equal(start + TimeSpan.FromSeconds(10), e.LastTimestamp);
        Assert.Equal("Back-off restarting", e.Message);
    }

    [Fact]
    public async Task Event_DifferentMessages_CreateSeparateEvents()
    {
        var ns = await server.NewNamespaceAsync();
        var cm = await server.Client.CreateAsync(ConfigMap(ns, "settings"));

        await using (var recorder = NewRecorder())
        {
            recorder.Event(cm, EventType.Normal, "Synced", "first");
            recorder.Event(cm, EventType.Normal, "Synced", "second");
            recorder.Event(cm, EventType.Warning, "Failed", "first");
        }

        var events = await EventsIn(ns);
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal(1, e.Count));
        Assert.Equal(3, events.Select(e => e.Metadata.Name).Distinct().Count());
    }

    [Fact]
    public async Task Event_ElevenSimilarMessages_CombinesFromTheTenthOn()
    {
        var ns = await server.NewNamespaceAsync();
        var cm = await server.Client.CreateAsync(ConfigMap(ns, "settings"));

        await using (var recorder = NewRecorder())
        {
            for (var i = 1; i <= 11; i++)
                recorder.Event(cm, EventType.Warning, "FailedMount", "volume {0} not found", i);
        }

        var events = await EventsIn(ns);
        Assert.Equal(10, events.Count);
        var combined = Assert.Single(events, e => e.Message!.StartsWith("(combined from similar events): ", StringComparison.Ordinal));
        Assert.Equal("(combined from similar events): volume 11 not found", combined.Message);
        Assert.Equal(2, combined.Count);
        Assert.All(events.Where(e => e != combined), e => Assert.Equal(1, e.Count));
    }

    [Fact]
    public async Task Event_ClusterScopedObject_LandsInDefaultNamespace()
    {
        var ns = await server.NewNamespaceAsync();
        var nsObject = await server.Client.GetAsync<Namespace>(null, ns);

        await using (var recorder = NewRecorder())
            recorder.Event(nsObject, EventType.Normal, "Created", "namespace created");

        var e = Assert.Single(await EventsIn("default"), e => e.InvolvedObject.Name == ns);
        Assert.Equal("Namespace", e.InvolvedObject.Kind);
        Assert.Null(e.InvolvedObject.Namespace);
        Assert.Equal(nsObject.Metadata.Uid, e.InvolvedObject.Uid);
    }

    [Fact]
    public async Task Event_UnsupportedType_IsDroppedWithoutThrowing()
    {
        var ns = await server.NewNamespaceAsync();
        var cm = await server.Client.CreateAsync(ConfigMap(ns, "settings"));

        await using (var recorder = NewRecorder())
        {
            recorder.Event(cm, "Critical", "Boom", "not a type");
            recorder.Event(null!, EventType.Normal, "Boom", "no object");
            recorder.Event(cm, EventType.Normal, "Boom", "bad format {1}", 0);
        }

        Assert.Empty(await EventsIn(ns));
        Assert.Equal(3, _logger.Entries.Count(e => e.Level == LogLevel.Error));
    }

    [Fact]
    public async Task Event_AfterDispose_IsDroppedWithoutThrowing()
    {
        var ns = await server.NewNamespaceAsync();
        var cm = await server.Client.CreateAsync(ConfigMap(ns, "settings"));
        var recorder = NewRecorder();
        await recorder.DisposeAsync();

        recorder.Event(cm, EventType.Normal, "Late", "after dispose");

        Assert.Empty(await EventsIn(ns));
    }

    private static DateTimeOffset WholeSecondNow()
    {
        var now = TimeProvider.System.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    private EventRecorder NewRecorder() =>
        new(server.Client, new EventRecorderOptions { Component = "test-controller", Host = "node-1" }, _time, _logger, new Random(1));

    private async Task<List<Event>> EventsIn(string ns) => (await server.Client.ListAsync<Event>(ns)).Items;
}
