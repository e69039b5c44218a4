using System.Runtime;
using Dotkube.Bench.Controllers;
using Dotkube.Client.Config;

// The controllers-at-scale benchmark of issue 5: the built dotkube binary runs as its own process
// (API server on SQLite + controller manager), this process runs hollow nodes and creates
// Deployments, and the run reports the time until every Deployment is available, with the
// control plane's CPU and RSS read from /proc. Usage:
//   dotnet run -c Release --project bench/Dotkube.Bench.Controllers -- [--quick] [--deployments N] [--replicas N] [--nodes N]
// (all options: BenchOptions.cs).
var options = BenchOptions.Parse(args);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var dll = options.DotkubeDll ?? DotkubeServer.BuiltBinary();
Console.WriteLine($"dotkube controllers benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
                  $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC here, load average {ProcStats.LoadAverage()}");
Console.WriteLine($"server: dotnet {dll} server (SQLite in a temp data dir){string.Concat(options.ServerArguments.Select(a => " " + a))}");
Console.WriteLine($"load: {options.Deployments:N0} Deployments x {options.Replicas} replicas over {options.Namespaces} namespaces, " +
                  $"{options.CreateConcurrency} creates in flight; {options.Nodes} hollow nodes with {options.HollowWorkers} workers each for binds and status");

await using var server = await DotkubeServer.StartAsync(dll, options.ServerArguments, options.ServerLog, cancel.Token);
Console.WriteLine($"server pid {server.Pid} listening on port {server.Port}");
RunResult result;
try
{
    var admin = KubeconfigLoader.Load(server.KubeconfigPath);
    result = await new ScaleRun(server, admin, options).RunAsync(cancel.Token);
}
catch (Exception e) when (e is not OperationCanceledException)
{
    Console.Error.WriteLine($"run failed: {e}\nlast server lines:\n{server.Tail}");
    return 1;
}

Report.Result(result);
var exit = await server.StopAsync();
Console.WriteLine($"server stopped with SIGTERM: exit code {exit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none (killed)"}, " +
                  $"{server.LogLines:N0} log lines printed");
return result.AllAvailable is null ? 2 : 0;
