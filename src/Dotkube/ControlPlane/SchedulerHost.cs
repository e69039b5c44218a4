using Dotkube.ApiServer;
using Dotkube.Client.Informers;
using Dotkube.Client.LeaderElection;
using Dotkube.Client.Rest;
using Dotkube.Scheduler;
using Microsoft.Extensions.Logging;

namespace Dotkube.ControlPlane;

/// <summary>
/// Runs kube-scheduler next to the API server in <c>dotkube server</c>: with its own identity
/// (CN=system:kube-scheduler, as upstream's kubeconfig for it), over HTTPS to this server,
/// leader-elected on kube-system/kube-scheduler so that several servers schedule each pod once.
/// Every term as leader starts a fresh scheduler.
/// </summary>
public sealed class SchedulerHost(ApiServer.ApiServer server, ApiServerOptions apiOptions, SchedulerOptions options)
{
    public const string UserName = "system:kube-scheduler";

    public const string LeaseName = "kube-scheduler";

    public LeaderElectionOptions Election { get; init; } = new();

    public async Task RunAsync(CancellationToken ct)
    {
        using var client = ComponentClient.Create(server, apiOptions, "client-scheduler", UserName, "kube-scheduler/dotkube");
        await RunLeaderElectedAsync(client, server.Loggers, options, Election, ct);
    }

    /// <summary>Campaigns for kube-system/kube-scheduler and schedules while leading, until <paramref name="ct"/> is cancelled.</summary>
    public static Task RunLeaderElectedAsync(KubeClient client, ILoggerFactory loggers, SchedulerOptions options,
        LeaderElectionOptions election, CancellationToken ct) =>
        Campaign.RunAsync(client, LeaseName, election, loggers, async leading =>
        {
            var informers = new SharedInformerFactory(client, TimeProvider.System, loggers);
            await using var scheduler = new Scheduler.Scheduler(client, informers, TimeProvider.System, loggers, options);
            try
            {
                await scheduler.RunAsync(leading);
            }
            finally
            {
                await informers.ShutdownAsync();
            }
        }, ct);
}
