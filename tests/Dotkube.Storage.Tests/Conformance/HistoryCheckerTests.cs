using System.Text;

namespace Dotkube.Storage.Tests.Conformance;

/// <summary>The recording checker itself: it accepts a consistent run and catches each kind of lie.</summary>
public sealed class HistoryCheckerTests
{
    private static readonly Acknowledgement[] History =
    [
        new(WriteKind.Create, "/registry/pods/a", Bytes("a1"), 1, 0, 10),
        new(WriteKind.Create, "/registry/podsx/b", Bytes("b1"), 2, 5, 15),
        new(WriteKind.Update, "/registry/pods/a", Bytes("a2"), 3, 20, 30),
        new(WriteKind.Delete, "/registry/pods/a", [], 4, 40, 50),
    ];

    [Fact]
    public void Check_ConsistentRun_HasNoViolations()
    {
        var checker = new HistoryChecker(History, 0);

        Assert.Empty(checker.CheckAcknowledgements());
        Assert.Empty(checker.CheckWatch(new WatchLog("/registry/pods/", 1, checker.EventsFor("/registry/pods/", 1))));
        Assert.Empty(checker.CheckRead(new ReadLog("/registry/", 3,
            [new KeyValue("/registry/pods/a", Bytes("a2"), 1, 3), new KeyValue("/registry/podsx/b", Bytes("b1"), 2, 2)])));
        Assert.Empty(checker.CheckRead(new ReadLog("/registry/pods/", 4, [])));
    }

    [Fact]
    public void CheckAcknowledgements_RevisionOrderAgainstRealTime_IsAViolation()
    {
        Acknowledgement[] inverted = [History[0] with { StartedAt = 11, CompletedAt = 12 }, History[1] with { StartedAt = 0, CompletedAt = 10 }];

        Assert.Single(new HistoryChecker(inverted, 0).CheckAcknowledgements());
    }

    [Fact]
    public void CheckAcknowledgements_Gap_IsAViolation()
    {
        Assert.NotEmpty(new HistoryChecker([History[0], History[2] with { Revision = 3 }], 0).CheckAcknowledgements());
    }

    [Fact]
    public void CheckWatch_MissingDuplicatedOrWrongEvents_AreViolations()
    {
        var checker = new HistoryChecker(History, 0);
        var events = checker.EventsFor("/registry/", 0);

        Assert.NotEmpty(checker.CheckWatch(new WatchLog("/registry/", 0, [events[0], events[2], events[3]])));
        Assert.NotEmpty(checker.CheckWatch(new WatchLog("/registry/", 0, [events[0], events[1], events[1], events[2], events[3]])));
        Assert.NotEmpty(checker.CheckWatch(new WatchLog("/registry/", 0, [events[0], events[1], events[2] with { Previous = null }, events[3]])));
        Assert.NotEmpty(checker.CheckWatch(new WatchLog("/registry/pods/", 0, events)));
    }

    [Fact]
    public void CheckRead_StaleValue_IsAViolation()
    {
        var checker = new HistoryChecker(History, 0);

        Assert.NotEmpty(checker.CheckRead(new ReadLog("/registry/pods/", 3, [new KeyValue("/registry/pods/a", Bytes("a1"), 1, 1)])));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
