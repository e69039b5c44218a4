namespace Dotkube.Storage.Tests.Conformance;

public sealed partial class StoreConformanceTests
{
    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task RecordedWorkload_WritersWatchersAndReaders_AgreeWithTheAcknowledgedHistory(string driver) => RunAsync(driver, async context =>
    {
        var (store, ct) = (context.Store, context.Token);

        var recording = await new RecordedWorkload(store, ct).RunAsync();

        var checker = new HistoryChecker(recording.Acknowledgements, recording.BaseRevision);
        Assert.True(recording.Acknowledgements.Count > 50, $"only {recording.Acknowledgements.Count} writes were acknowledged");
        Assert.Equal(3, recording.Watches.Count);
        Assert.NotEmpty(recording.Reads);
        Assert.Equal(checker.LastRevision, store.CurrentRevision);

        // (a) unique, gap-free revisions that increase with real time.
        AssertConsistent(checker.CheckAcknowledgements());

        // (b) each watcher saw exactly the history of its prefix from its start revision.
        Assert.All(recording.Watches, watch => AssertConsistent(checker.CheckWatch(watch)));

        // (c) reads made during the run, and reads now at several past revisions, equal the replayed history.
        Assert.All(recording.Reads, read => AssertConsistent(checker.CheckRead(read)));
        var first = recording.BaseRevision + 1;
        var last = checker.LastRevision;
        foreach (var revision in new[] { first, first + (last - first) / 4, first + (last - first) / 2, last - 1, last }.Distinct())
        {
            foreach (var prefix in new[] { "/registry/", "/registry/pods/", "/registry/pods/ns1/", "/registry/podsx/" })
            {
                var items = await ReadAllAsync(store, prefix, revision, ct);
                AssertConsistent(checker.CheckRead(new ReadLog(prefix, revision, items)));
            }
        }

        AssertConsistent(checker.CheckRead(new ReadLog("/registry/", last, await ReadAllAsync(store, "/registry/", 0, ct))));
    }, TimeSpan.FromSeconds(60));

    private static void AssertConsistent(IReadOnlyList<string> violations) =>
        Assert.True(violations.Count == 0, "the history checker found violations:\n" + string.Join("\n", violations));

    private static async Task<IReadOnlyList<KeyValue>> ReadAllAsync(IKeyValueStore store, string prefix, long revision, CancellationToken ct)
    {
        var page = await store.RangeAsync(prefix, revision, cancellationToken: ct);
        Assert.False(page.More);
        return page.Items;
    }
}
