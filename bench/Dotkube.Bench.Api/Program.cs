using System.Globalization;
using System.Runtime;
using Dotkube.Bench.Api;
using Dotkube.Testing;

// The API server benchmark of issue 4: the server runs in this process over SQLite, then over a
// real etcd started here, and is driven over HTTPS/HTTP/2 like a client would. Every figure is
// printed with its anchor ratio (DESIGN.md §9). Usage:
//   dotnet run -c Release --project bench/Dotkube.Bench.Api -- [--quick] [--no-etcd] [--only rates,watch,...]
// (all options: BenchOptions.cs).
var options = BenchOptions.Parse(args);
using var cancel = new CancellationTokenSource();
var ct = cancel.Token;
var tempDir = Directory.CreateTempSubdirectory("dotkube-bench-api-").FullName;
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => EtcdServer.KillAll();

using var counters = OpenLoop.Trace ? new CounterListener() : null;
using var kestrelLog = OpenLoop.Trace ? new KestrelLogCounter() : null;
var rates = new List<RateResult>();
var throughput = new List<ThroughputResult>();
ThroughputResult? rawEtcd = null;
var watches = new List<WatchResult>();
var lists = new List<BigListResult>();
EtcdServer? etcd = null;
EtcdGatewayClient? anchor = null;
try
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"dotkube API server benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
        $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {Report.LoadAverage()}; " +
        $"{options.DurationSeconds:F0} s per rate level, {options.Connections} HTTP/2 connections, {PodBodies.Size} B pod bodies"));
    var backends = new List<(string Name, string Endpoint)> { ("sqlite", "sqlite://" + Path.Combine(tempDir, "sqlite-db", "state.db")) };
    if (!options.NoEtcd)
    {
        etcd = await EtcdServer.StartAsync(options.EtcdPath, ct);
        anchor = new EtcdGatewayClient(etcd.ClientUrl);
        backends.Add(("etcd", "etcd://" + etcd.ClientUrl.Authority));
        Console.WriteLine($"etcd: {options.EtcdPath} (default durable settings) at {etcd.ClientUrl}, the etcd backend and the raw put anchor");
    }

    foreach (var (name, endpoint) in backends)
    {
        var backendEtcd = name == "etcd" ? etcd : null;
        await using var host = await ServerHost.StartAsync(name, endpoint, tempDir, options.Connections, kestrelLog, ct);
        Console.WriteLine();
        Console.WriteLine($"== {name}: API server on {host.BaseAddress} ({endpoint}), protocol HTTP/{await host.ProtocolAsync(ct)}");
        Report.Footprint($"start ({name})");
        using var probe = host.NewPool(1);
        OpenLoop.Probe = OpenLoop.Trace ? async () => counters!.Line() + kestrelLog!.Drain() + await host.MetricsProbeAsync(probe) : null;
        await Warmup.RunAsync(host, ct);
        Report.Footprint($"warm-up ({name})");
        if (options.Runs(ApiPhase.Rates))
        {
            rates.AddRange(await RatePhases.RunAsync(host, backendEtcd, options, ct));
        }

        if (options.Runs(ApiPhase.Breakdown) && name == "sqlite")
        {
            await Breakdown.RunAsync(host, backendEtcd, options, ct);
        }

        if (options.Runs(ApiPhase.Throughput))
        {
            var (api, raw) = await ThroughputPhase.RunAsync(host, backendEtcd, name == "etcd" ? anchor : null, options, ct);
            throughput.Add(api);
            rawEtcd ??= raw;
        }

        if (options.Runs(ApiPhase.Watch))
        {
            watches.Add(await WatchFanOut.RunAsync(host, backendEtcd, options, ct));
        }

        if (options.Runs(ApiPhase.List))
        {
            lists.AddRange(await BigList.RunAsync(host, options, ct));
        }
    }

    Summary.Print(rates, throughput, rawEtcd, watches, lists);
    Console.WriteLine(ClientPool.NonHttp2Responses == 0
        ? "every API answer of the run came over HTTP/2"
        : $"WARNING: {ClientPool.NonHttp2Responses:N0} API answers came over HTTP/1.x");
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
