using Dotkube.Bench.Storage;
using Dotkube.Storage.Etcd;
using Dotkube.Storage.Sqlite;
using Dotkube.Testing;

// Storage load benchmarks of issue 3, each printed with its ratio to raw etcd started here in
// the same run. Usage: dotnet run -c Release --project bench/Dotkube.Bench.Storage -- [--quick]
// (all options: BenchOptions.cs).
var options = BenchOptions.Parse(args);
using var cancel = new CancellationTokenSource();
var ct = cancel.Token;
var tempDir = Directory.CreateTempSubdirectory("dotkube-bench-storage-").FullName;

// Ctrl-C: cancel the run so every finally below executes (etcd killed, temp dirs deleted);
// ProcessExit covers anything that ends the process another way.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => EtcdServer.KillAll();

// Drivers under test, all through IKeyValueStore.
var drivers = new List<StoreDriver>
{
    new("sqlite (durable)", async dir => await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(dir, "state.db") }, ct)),
};

EtcdServer? etcd = null;
EtcdGatewayClient? anchor = null;
try
{
    Console.WriteLine($"dotkube storage benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {Report.LoadAverage()}");
    if (!options.NoEtcd && options.Runs(BenchPhase.Writes | BenchPhase.Reads))
    {
        etcd = await EtcdServer.StartAsync(options.EtcdPath, ct);
        anchor = new EtcdGatewayClient(etcd.ClientUrl);
        Console.WriteLine($"anchor: raw etcd ({options.EtcdPath}, default durable settings) at {etcd.ClientUrl}");
        // dotkube's etcd driver, over gRPC to the same etcd. Each phase gets its own key prefix
        // (its directory name), so the driver's creates never meet the anchor's keys.
        var endpoint = etcd.ClientUrl.GetLeftPart(UriPartial.Authority);
        drivers.Add(new("etcd driver", async dir => await EtcdStore.ConnectAsync(
            new EtcdStoreOptions { Endpoints = [endpoint], KeyPrefix = "/" + Path.GetFileName(dir) }, ct)));
    }

    if (options.Runs(BenchPhase.Writes))
    {
        await Phases.WritesAsync(drivers, anchor, tempDir, options, ct);
    }

    if (options.Runs(BenchPhase.Reads))
    {
        await Phases.ReadsAsync(drivers, anchor, tempDir, options, ct);
    }

    if (options.Runs(BenchPhase.Size))
    {
        await Phases.SizeAsync(tempDir, options, ct);
    }

    Console.WriteLine();
    Console.WriteLine($"load average at end: {Report.LoadAverage()}");
    return 0;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("cancelled");
    return 130;
}
finally
{
    anchor?.Dispose();
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
