using System.Globalization;
using Dotkube.Storage.Crasher;
using Dotkube.Storage.Sqlite;

// Usage: Dotkube.Storage.Crasher <database> <keys> <writers> <seed>
// Writes through SqliteStore until it is killed, printing one Acknowledgement line per
// acknowledged write; see tests/Dotkube.Storage.Tests/Durability.
if (args.Length != 4)
{
    await Console.Error.WriteLineAsync("usage: Dotkube.Storage.Crasher <database> <keys> <writers> <seed>");
    return 2;
}

var keys = int.Parse(args[1], CultureInfo.InvariantCulture);
var writers = int.Parse(args[2], CultureInfo.InvariantCulture);
var seed = int.Parse(args[3], CultureInfo.InvariantCulture);

// An orphan (the test host died before it could kill us) must not write forever.
using var lifetime = new CancellationTokenSource(TimeSpan.FromSeconds(30));
await using var store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = args[0] });
var crasher = await CrashWriter.LoadAsync(store, keys, Console.Out);
Console.Out.WriteLine("ready");
await crasher.RunAsync(writers, seed, lifetime.Token);
return 0;
