using Dotkube.Bench.Scheduler;
using Dotkube.Bench.Shared;

// The scheduler throughput benchmark of issue 6, scheduler_perf's SchedulingBasic, SchedulingNodeAffinity
// and SchedulingPodAntiAffinity (Workload.cs): the built dotkube binary runs as its own process (API
// server on SQLite, controller manager, leader-elected scheduler), this process creates nodes and
// pods through it and samples the binds each second.
// Usage:
//   dotnet run -c Release --project bench/Dotkube.Bench.Scheduler -- [--workload NAME] [--quick] [--nodes N] [--initial-pods N] [--pods N]
// (all options: BenchOptions.cs).
var options = BenchOptions.Parse(args);

// Nodes without kubelets post no leases: the node lifecycle controller would mark them Unknown and
// taint them. scheduler_perf runs no controllers at all; node IPAM and pod GC are left out as well.
// Its API server (the scheduler integration tests' InitTestAPIServer) also runs without the
// ServiceAccount and Priority admission plugins, so ours does the same: the anchor's pods carry no
// kube-api-access volume.
string[] serverArguments =
[
    "--kube-controller-manager-arg", "controllers=*,-nodelifecycle,-podgc,-nodeipam",
    "--kube-apiserver-arg", "disable-admission-plugins=ServiceAccount,Priority",
    .. options.ServerArguments,
];
var dll = options.Dll;
ReportLines.Banner("scheduler", dll, serverArguments);

return await ServerSession.RunAsync(dll, serverArguments, options.ServerLog,
    (server, admin, ct) => new ThroughputRun(server, admin, options).RunAsync(ct),
    result =>
    {
        Report.Result(result);
        return result.AllBound is null ? 2 : 0;
    });
