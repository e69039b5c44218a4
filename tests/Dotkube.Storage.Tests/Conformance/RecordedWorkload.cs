using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Dotkube.Storage.Tests.Conformance;

/// <summary>
/// N writers racing on a small shared keyspace (creates, conditional and unconditional updates and
/// deletes), M watchers on overlapping prefixes started at different revisions while writes are in
/// flight, and a paging reader, for a fixed time (and a bounded number of operations). Every client
/// logs what it was told; <see cref="HistoryChecker"/> judges the logs afterwards.
/// </summary>
public sealed class RecordedWorkload(IKeyValueStore store, CancellationToken cancellationToken)
{
    /// <summary>Under every watched prefix, written last so each watcher knows it has seen everything.</summary>
    public const string SentinelKey = "/registry/pods/ns1/~sentinel";

    private static readonly string[] Keys =
    [
        "/registry/pods/ns0/a", "/registry/pods/ns0/b", "/registry/pods/ns0/c",
        "/registry/pods/ns1/a", "/registry/pods/ns1/b", "/registry/pods/ns1/c",
        "/registry/podsx/a", "/registry/podsx/b",
        "/registry/services/ns1/a", "/registry/services/ns1/b",
    ];

    private readonly ConcurrentQueue<Acknowledgement> _acknowledgements = new();
    private readonly ConcurrentQueue<ReadLog> _reads = new();

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(2);

    public int Writers { get; init; } = 4;

    public int MaxWritesPerWriter { get; init; } = 400;

    public async Task<WorkloadRecording> RunAsync()
    {
        var baseRevision = store.CurrentRevision;
        Assert.Empty((await store.RangeAsync("/registry/", cancellationToken: cancellationToken)).Items);
        var clock = Stopwatch.StartNew();
        var watches = new List<WatchSession> { WatchSession.Start(store, "/registry/", baseRevision) };
        try
        {
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(w, clock), cancellationToken)).ToList();
            using var readersDone = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var reader = Task.Run(() => ReadAsync(readersDone.Token), cancellationToken);

            // A watcher that starts mid-flight from a revision already in the past ...
            await WaitUntilAsync(() => store.CurrentRevision >= baseRevision + 30 || writers.All(w => w.IsCompleted));
            watches.Add(WatchSession.Start(store, "/registry/pods/", Math.Max(baseRevision, store.CurrentRevision - 15)));

            // ... and one that starts later from the then current revision.
            await WaitUntilAsync(() => store.CurrentRevision >= baseRevision + 200 || clock.Elapsed >= Duration / 2 ||
                writers.All(w => w.IsCompleted));
            watches.Add(WatchSession.Start(store, "/registry/pods/ns1/", store.CurrentRevision));

            await Task.WhenAll(writers);
            await readersDone.CancelAsync();
            await reader;
            await WriteAsync(WriteKind.Create, SentinelKey, Encoding.UTF8.GetBytes("end"), 0);

            var logs = new List<WatchLog>();
            foreach (var watch in watches)
            {
                logs.Add(new WatchLog(watch.Prefix, watch.FromRevision, await watch.WaitForKeyAsync(SentinelKey)));
            }

            return new WorkloadRecording(baseRevision, [.. _acknowledgements], logs, [.. _reads]);
        }
        finally
        {
            foreach (var watch in watches)
            {
                await watch.DisposeAsync();
            }
        }
    }

    private async Task WriteAsync(int writer, Stopwatch clock)
    {
        var random = new Random(writer);
        for (var i = 0; i < MaxWritesPerWriter && clock.Elapsed < Duration; i++)
        {
            var key = Keys[random.Next(Keys.Length)];
            var value = Encoding.UTF8.GetBytes($"writer {writer} write {i}");
            var current = await store.GetAsync(key, cancellationToken);
            var expected = random.Next(10) == 0 ? 0 : current?.ModRevision ?? 0;
            var kind = current is null ? WriteKind.Create : random.Next(3) == 0 ? WriteKind.Delete : WriteKind.Update;
            try
            {
                await WriteAsync(kind, key, value, expected);
            }
            catch (StorageException e) when (e.Code is StorageErrorCode.KeyExists or StorageErrorCode.KeyNotFound or StorageErrorCode.Conflict)
            {
                // Lost a race with another writer: nothing was written, nothing to record.
            }
        }
    }

    private async Task WriteAsync(WriteKind kind, string key, byte[] value, long expected)
    {
        var started = Stopwatch.GetTimestamp();
        var revision = kind switch
        {
            WriteKind.Create => await store.CreateAsync(key, value, cancellationToken),
            WriteKind.Update => await store.UpdateAsync(key, value, expected, cancellationToken),
            _ => await store.DeleteAsync(key, expected, cancellationToken),
        };
        var completed = Stopwatch.GetTimestamp();
        _acknowledgements.Enqueue(new Acknowledgement(kind, key, kind == WriteKind.Delete ? [] : value, revision, started, completed));
    }

    private async Task ReadAsync(CancellationToken stop)
    {
        for (var i = 0; i < 500 && !stop.IsCancellationRequested; i++)
        {
            var prefix = i % 2 == 0 ? "/registry/" : "/registry/pods/ns1/";
            var page = await store.RangeAsync(prefix, limit: 3, cancellationToken: cancellationToken);
            var revision = page.Revision;
            var items = new List<KeyValue>(page.Items);
            while (page.More)
            {
                Assert.True(items.Count < Keys.Length, $"paging '{prefix}' at {revision} did not end");
                page = await store.RangeAsync(prefix, revision, 3, items[^1].Key, cancellationToken);
                Assert.Equal(revision, page.Revision);
                items.AddRange(page.Items);
            }

            _reads.Enqueue(new ReadLog(prefix, revision, items));
            await Task.Delay(5, cancellationToken);
        }
    }

    private async Task WaitUntilAsync(Func<bool> condition)
    {
        while (!condition())
        {
            await Task.Delay(2, cancellationToken);
        }
    }
}
