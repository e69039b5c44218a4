using System.Globalization;
using Dotkube.Storage.Crasher;
using Dotkube.Storage.Sqlite;

// Usage: Dotkube.Storage.Crasher <database> <keys> <writers> <seed> [<history revisions>]
// Writes through SqliteStore until it is killed, printing one Acknowledgement line per
// acknowledged write; see tests/Dotkube.Storage.Tests/Durability. With a history size the store
// compacts down to it continuously and checkpoints every 100 ms, so kills also land inside
// compaction sweeps, page releases and WAL checkpoints.
if (args.Length is not (4 or 5))
{
    await Console.Error.WriteLineAsync("usage: Dotkube.Storage.Crasher <database> <keys> <writers> <seed> [<history revisions>]");
    return 2;
}

var keys = int.Parse(args[1], CultureInfo.InvariantCulture);
var writers = int.Parse(args[2], CultureInfo.InvariantCulture);
var seed = int.Parse(args[3], CultureInfo.InvariantCulture);
var options = args.Length == 5
    ? new SqliteStoreOptions
    {
        Path = args[0],
        HistoryWindow = TimeSpan.Zero,
        HistoryRevisions = long.Parse(args[4], CultureInfo.InvariantCulture),
        CompactionBatchSize = 100,
        CompactionInterval = TimeSpan.FromMilliseconds(100),
    }
    : new SqliteStoreOptions { Path = args[0] };

// An orphan (the test host died before it could kill us) must not write forever.
using var lifetime = new CancellationTokenSource(TimeSpan.FromSeconds(30));
await using var store = await SqliteStore.OpenAsync(options);
var crasher = await CrashWriter.LoadAsync(store, keys, Console.Out);
Console.Out.WriteLine(Handshake.FormatReady(Environment.ProcessId));
Console.Out.Flush();
await crasher.RunAsync(writers, seed, lifetime.Token);
return 0;
