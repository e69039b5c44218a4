using System.Diagnostics;
using System.Globalization;
using Dotkube.Bench.Kubelet;
using Dotkube.Bench.Shared;
using Dotkube.Client.Config;

// The pod startup benchmark of issue 7: the built dotkube binary runs as `dotkube server` WITH its
// agent (its own containerd, the CNI bridge, imported images) on a temp data dir; this process
// measures the runtime floor straight over CRI, then creates pods at a fixed rate and times each
// from its due time to Running and Ready on a watch; at the end the pods go, the server stops and
// `dotkube uninstall --data-dir` leaves nothing behind. Root only, and one at a time on a machine
// (cni0 and 10.42.0.0/24 are machine-wide):
//   flock /tmp/dotkube-agent-e2e.lock dotnet run -c Release --project bench/Dotkube.Bench.Kubelet -- [--quick] [--pods N] [--rate R]
// (all options: BenchOptions.cs).
var options = BenchOptions.Parse(args);
if (NodeSetup.Missing() is { } missing)
{
    Console.Error.WriteLine($"pod startup benchmark: {missing}");
    return 1;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var dll = options.Dll;
var scratch = Directory.CreateTempSubdirectory("dotkube-bench-kubelet-").FullName;
var imagesDir = options.ImagesDir ?? Path.Combine(scratch, "images");
var serverLog = options.ServerLog ?? Path.Combine(scratch, "server.log");
string[] serverArguments = ["--node-name", options.NodeName, "--images-dir", imagesDir, .. options.ServerArguments];
ReportLines.Banner("pod startup", dll, serverArguments);
Console.WriteLine($"reproduce: {options.CommandLine(args)}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"load: {options.Pods} pods at {options.Rate} pods/s, runtime floor {options.RawPods} raw pods, steady window {options.SteadyWindow.TotalSeconds:F0} s, " +
    $"timeout {options.Timeout.TotalSeconds:F0} s"));

var code = 0;
DotkubeServer? server = null;
StartupRun? run = null;
try
{
    if (options.ImagesDir is null)
        await NodeSetup.BuildImagesAsync(imagesDir, cancel.Token);
    var sinceStart = Stopwatch.StartNew();
    server = await DotkubeServer.StartAsync(dll, serverArguments, serverLog, cancel.Token, withAgent: true);
    Console.WriteLine($"server pid {server.Pid} listening on port {server.Port}, data dir {server.DataDir}");
    run = new StartupRun(server, KubeconfigLoader.Load(server.KubeconfigPath), options, serverLog);
    var result = await run.RunAsync(sinceStart, cancel.Token);
    Report.Result(result);
    code = result.AllReady is null ? 2 : 0;
}
catch (Exception e) when (e is not OperationCanceledException)
{
    Console.Error.WriteLine($"run failed: {e}\nlast server lines:\n{server?.Tail}");
    code = 1;
}
finally
{
    if (server is not null)
    {
        var exit = await server.StopAsync();
        Console.WriteLine($"server stopped with SIGTERM: exit code {exit?.ToString(CultureInfo.InvariantCulture) ?? "none (killed)"}, " +
                          $"{server.LogLines:N0} log lines printed");
        // Not cancellable: whatever happened, nothing of the agent may stay behind.
        var (uninstallCode, output) = await NodeSetup.UninstallAsync(dll, server.DataDir, CancellationToken.None);
        Console.WriteLine($"dotkube uninstall --data-dir {server.DataDir}: exit code {uninstallCode}, " +
                          $"{output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} lines");
        if (uninstallCode != 0)
        {
            Console.Error.WriteLine(output);
            code = code == 0 ? 1 : code;
        }

        await server.DisposeAsync();
        Console.WriteLine($"pod cgroups removed: {PodCgroups.Remove(run?.PodUids ?? [])}");
    }

    Directory.Delete(scratch, recursive: true);
}

return code;
