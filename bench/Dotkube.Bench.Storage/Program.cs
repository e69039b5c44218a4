using System.Globalization;
using Dotkube.Bench.Storage;
using Dotkube.Storage;
using Dotkube.Storage.Sqlite;

// Storage load benchmarks of issue 3, each printed with its ratio to raw etcd started here in
// the same run. Usage: dotnet run -c Release --project bench/Dotkube.Bench.Storage -- [--quick]
var options = BenchOptions.Parse(args);
using var cancel = new CancellationTokenSource();
var tempDir = Directory.CreateTempSubdirectory("dotkube-bench-storage-").FullName;

// Ctrl-C: cancel the run so every finally below executes (etcd killed, temp dirs deleted);
// ProcessExit covers anything that ends the process another way.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => EtcdServer.KillAll();

// Drivers under test, all through IKeyValueStore. The dotkube etcd driver goes here once it
// lands: ("etcd driver", dir => EtcdStore.ConnectAsync(<endpoint of the etcd started below>)).
var drivers = new List<(string Name, Func<string, Task<IKeyValueStore>> Open)>
{
    ("sqlite (durable)", async dir => await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(dir, "state.db") }, cancel.Token)),
};

var ct = cancel.Token;
EtcdServer? etcd = null;
EtcdGatewayClient? gateway = null;
try
{
    Console.WriteLine($"dotkube storage benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
    if (!options.NoEtcd)
    {
        etcd = await EtcdServer.StartAsync(options.EtcdPath, ct);
        gateway = new EtcdGatewayClient(etcd.ClientUrl);
        Console.WriteLine($"anchor: raw etcd ({options.EtcdPath}, default durable settings) at {etcd.ClientUrl}");
    }

    // 1 + 2: writes/s and latency per concurrency level; the anchor runs right after each level.
    Console.WriteLine();
    Console.WriteLine($"== writes: {options.ValueSize} B values, {options.DurationSeconds.ToString(CultureInfo.InvariantCulture)} s per level, creates then conditional updates ==");
    Console.WriteLine($"{"store",-22} {"writers",7} {"writes/s",10} {"p50 ms",8} {"p99 ms",8} {"vs etcd",8}");
    var etcdWrites = new Dictionary<int, WriteResult>();
    foreach (var (name, open) in drivers)
    {
        var dir = Directory.CreateDirectory(Path.Combine(tempDir, $"writes-{drivers.FindIndex(d => d.Name == name)}")).FullName;
        var store = await open(dir);
        await using (store)
        {
            foreach (var writers in options.Concurrency)
            {
                var ours = await StoreScenarios.WritesAsync(store, writers, options, ct);
                if (gateway is not null && !etcdWrites.ContainsKey(writers))
                {
                    etcdWrites[writers] = await EtcdScenarios.WritesAsync(gateway, writers, options, ct);
                    PrintWrites("raw etcd (anchor)", etcdWrites[writers], null);
                }

                PrintWrites(name, ours, etcdWrites.GetValueOrDefault(writers));
            }
        }
    }

    // 3 + 4: Range of 10,000 keys and watch fan-out, on fresh stores.
    Console.WriteLine();
    Console.WriteLine($"== range of {options.RangeKeys:N0} keys ({options.RangeIterations} timed calls) and write -> event at {options.Watchers} watchers ({options.WatchWrites} writes) ==");
    Console.WriteLine($"{"store",-22} {"scenario",-10} {"p50 ms",8} {"p99 ms",8} {"vs etcd",8}");
    Latencies? etcdRange = null, etcdWatch = null;
    if (gateway is not null)
    {
        etcdRange = await EtcdScenarios.RangeAsync(gateway, options, ct);
        etcdWatch = await EtcdScenarios.WatchAsync(gateway, options, ct);
        PrintLatency("raw etcd (anchor)", "range", etcdRange, null);
        PrintLatency("raw etcd (anchor)", "watch", etcdWatch, null);
    }

    foreach (var (name, open) in drivers)
    {
        var dir = Directory.CreateDirectory(Path.Combine(tempDir, $"read-{drivers.FindIndex(d => d.Name == name)}")).FullName;
        var store = await open(dir);
        await using (store)
        {
            PrintLatency(name, "range", await StoreScenarios.RangeAsync(store, options, ct), etcdRange);
            PrintLatency(name, "watch", await StoreScenarios.WatchAsync(store, options, ct), etcdWatch);
        }
    }

    // 5: database size under compaction (SQLite only: the anchor is the live data itself).
    Console.WriteLine();
    Console.WriteLine($"== sqlite size after {options.Updates:N0} updates of {options.UpdateKeys:N0} keys, compaction on (history 1,000 revisions, every 1 s) ==");
    var size = await DbSizeScenario.RunAsync(Directory.CreateDirectory(Path.Combine(tempDir, "size")).FullName, options, ct);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"updates {size.Updates:N0} in {size.Seconds:F1} s ({size.Updates / size.Seconds:N0}/s); live data {Mib(size.LiveBytes)}; " +
        $"file {Mib(size.FileBytes)} (db {Mib(size.DbBytes)} + wal {Mib(size.WalBytes)}); file/live = {size.Ratio:F2}"));
    Console.WriteLine();
    Console.WriteLine($"load average at end: {LoadAverage()}");
    return 0;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("cancelled");
    return 130;
}
finally
{
    gateway?.Dispose();
    if (etcd is not null)
    {
        await etcd.DisposeAsync();
    }

    try
    {
        Directory.Delete(tempDir, recursive: true);
    }
    catch (IOException)
    {
        // Best effort.
    }
}

static void PrintWrites(string name, WriteResult r, WriteResult? anchor) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-22} {r.Writers,7} {r.WritesPerSecond,10:N0} {r.P50Ms,8:F2} {r.P99Ms,8:F2} {Ratio(r.WritesPerSecond, anchor?.WritesPerSecond),8}"));

// Latency ratio: ours / etcd's p50, so below 1 is faster than etcd.
static void PrintLatency(string name, string scenario, Latencies l, Latencies? anchor) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-22} {scenario,-10} {l.Percentile(50),8:F2} {l.Percentile(99),8:F2} {Ratio(l.Percentile(50), anchor?.Percentile(50)),8}"));

static string Ratio(double ours, double? anchor) =>
    anchor is { } a and > 0 ? (ours / a).ToString("F2", CultureInfo.InvariantCulture) : "-";

static string Mib(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " MiB";

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
