using System.CommandLine;
using Dotkube.ApiServer.Logging;
using Dotkube.Client.Config;
using Dotkube.Client.LeaderElection;
using Dotkube.Client.Rest;
using Dotkube.ControlPlane;
using Dotkube.Scheduler;
using Dotkube.Scheduler.Explain;
using Dotkube.Scheduler.Profiles;
using Microsoft.Extensions.Logging;

namespace Dotkube.Cli;

/// <summary>
/// <c>dotkube scheduler --kubeconfig PATH [--config FILE]</c>: kube-scheduler on its own against any
/// API server, leader-elected on kube-system/kube-scheduler; --config takes a
/// kubescheduler.config.k8s.io/v1 KubeSchedulerConfiguration. <c>dotkube scheduler explain NS/POD</c>
/// says, per node, which plugin rejects the pod and why, and how the feasible nodes score.
/// </summary>
public static class SchedulerCommand
{
    public static Command Create()
    {
        var kubeconfig = new Option<string>("--kubeconfig") { Description = "Kubeconfig of the API server to schedule for", Required = true };
        var config = new Option<string?>("--config") { Description = "A KubeSchedulerConfiguration file (YAML or JSON)" };
        var command = new Command("scheduler", "Run the scheduler against an API server") { kubeconfig, config, CreateExplain() };
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            SchedulerOptions options;
            KubeClient client;
            try
            {
                var configuration = result.GetValue(config) is { Length: > 0 } path
                    ? SchedulerConfiguration.Parse(await File.ReadAllTextAsync(path, ct))
                    : SchedulerConfiguration.Default;
                options = new SchedulerOptions { Configuration = configuration, EventHost = Environment.MachineName };
                options.Validate();
                client = new KubeClient(KubeconfigLoader.Load(result.GetValue(kubeconfig)!));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or IOException or InvalidOperationException)
            {
                await error.WriteLineAsync($"dotkube scheduler: {e.Message}");
                return 1;
            }

            using (client)
            {
                using var signals = new ShutdownSignals(ct);
                using var loggers = LoggerFactory.Create(KlogFormatter.Configure);
                await SchedulerHost.RunLeaderElectedAsync(client, loggers, options, new LeaderElectionOptions(), signals.Token);
                return 0;
            }
        });
        return command;
    }

    private static Command CreateExplain()
    {
        var pod = new Argument<string>("NS/POD") { Description = "The pod to explain, as namespace/name" };
        var kubeconfig = new Option<string?>("--kubeconfig") { Description = "Kubeconfig of the API server (default: $KUBECONFIG or ~/.kube/config)" };
        var config = new Option<string?>("--config") { Description = "A KubeSchedulerConfiguration file (YAML or JSON)" };
        var output = new Option<string?>("--output", "-o") { Description = "Output format: json (default: a table)" };
        var command = new Command("explain", "Explain, for every node, why a pod fits it or which plugin rejects it") { pod, kubeconfig, config, output };
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            try
            {
                var format = result.GetValue(output);
                if (format is not (null or "" or "json"))
                    throw new FormatException($"--output: unsupported format \"{format}\" (only json)");
                var key = result.GetValue(pod)!;
                if (key.Split('/') is not [{ Length: > 0 } ns, { Length: > 0 } name])
                    throw new FormatException($"expected NS/POD, got \"{key}\"");
                var configuration = result.GetValue(config) is { Length: > 0 } path
                    ? SchedulerConfiguration.Parse(await File.ReadAllTextAsync(path, ct))
                    : SchedulerConfiguration.Default;
                using var client = new KubeClient(KubeconfigLoader.Load(result.GetValue(kubeconfig) is { Length: > 0 } file ? file : KubeconfigLoader.DefaultPath()));
                var explanation = await PlacementExplainer.ExplainAsync(client, configuration, ns, name, ct);
                await result.InvocationConfiguration.Output.WriteAsync(
                    format == "json" ? ExplanationWriter.Json(explanation) : ExplanationWriter.Table(explanation));
                return 0;
            }
            catch (Exception e) when (e is FormatException or ArgumentException or IOException or InvalidOperationException or ApiStatusException or KubeconfigException)
            {
                await error.WriteLineAsync($"dotkube scheduler explain: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
