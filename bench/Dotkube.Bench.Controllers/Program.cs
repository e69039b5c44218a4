using Dotkube.Bench.Controllers;
using Dotkube.Bench.Shared;

// The controllers-at-scale benchmark of issue 5: the built dotkube binary runs as its own process
// (API server on SQLite + controller manager), this process runs hollow nodes and creates
// Deployments, and the run reports the time until every Deployment is available, with the
// control plane's CPU and RSS read from /proc. Usage:
//   dotnet run -c Release --project bench/Dotkube.Bench.Controllers -- [--quick] [--deployments N] [--replicas N] [--nodes N]
// (all options: BenchOptions.cs).
var options = BenchOptions.Parse(args);
var dll = options.Dll;
ReportLines.Banner("controllers", dll, options.ServerArguments);
Console.WriteLine($"load: {options.Deployments:N0} Deployments x {options.Replicas} replicas over {options.Namespaces} namespaces, " +
                  $"{options.CreateConcurrency} creates in flight; {options.Nodes} hollow nodes with {options.HollowWorkers} workers each for binds and status");

return await ServerSession.RunAsync(dll, options.ServerArguments, options.ServerLog,
    (server, admin, ct) => new ScaleRun(server, admin, options).RunAsync(ct),
    result =>
    {
        Report.Result(result);
        return result.AllAvailable is null ? 2 : 0;
    });
