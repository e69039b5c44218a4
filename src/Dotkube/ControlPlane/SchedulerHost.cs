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
/// After losing the lease it campaigns again with a fresh scheduler, where upstream would exit.
/// </summary>
public sealed partial class SchedulerHost(ApiServer.ApiServer server, ApiServerOptions apiOptions, SchedulerOptions options)
{
    public const string UserName = "system:kube-scheduler";

    public const string LeaseName = "kube-scheduler";

    private static readonly TimeSpan Recampaign = TimeSpan.FromSeconds(1);

    private readonly ILogger _logger = server.Loggers.CreateLogger("Scheduler");

    public LeaderElectionOptions Election { get; init; } = new();

    public async Task RunAsync(CancellationToken ct)
    {
        using var client = ComponentClient.Create(server, apiOptions, "client-scheduler", UserName, "kube-scheduler/dotkube");
        await RunLeaderElectedAsync(client, server.Loggers, options, Election, _logger, ct);
    }

    /// <summary>Campaigns for kube-system/kube-scheduler and schedules while leading, until <paramref name="ct"/> is cancelled.</summary>
    public static async Task RunLeaderElectedAsync(KubeClient client, ILoggerFactory loggers, SchedulerOptions options,
        LeaderElectionOptions election, ILogger logger, CancellationToken ct)
    {
        var identity = $"{Environment.MachineName}_{Guid.NewGuid()}";
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var elector = new LeaderElector(client, new LeaderElectionOptions
                {
                    LeaseNamespace = election.LeaseNamespace,
                    LeaseName = string.IsNullOrEmpty(election.LeaseName) ? LeaseName : election.LeaseName,
                    Identity = identity,
                    LeaseDuration = election.LeaseDuration,
                    RenewDeadline = election.RenewDeadline,
                    RetryPeriod = election.RetryPeriod,
                    ReleaseOnCancel = true,
                }, TimeProvider.System, loggers.CreateLogger<LeaderElector>());
                await elector.RunAsync(async leading =>
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
                }, () => LogStoppedLeading(logger, identity), ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                LogCampaignFailed(logger, e);
            }

            if (!ct.IsCancellationRequested)
                await Task.Delay(Recampaign, TimeProvider.System, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduler campaign failed; campaigning again")]
    private static partial void LogCampaignFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler {Identity} stopped leading")]
    private static partial void LogStoppedLeading(ILogger logger, string identity);
}
