using Dotkube.Client.LeaderElection;
using Dotkube.Client.Rest;
using Microsoft.Extensions.Logging;

namespace Dotkube.ControlPlane;

/// <summary>
/// How the control-plane components run leader-elected: campaign for the lease, do the work while
/// leading, and after losing the lease campaign again with fresh state (upstream's components exit
/// and are restarted instead). Timings come from the given LeaderElectionOptions (upstream's 15/10/2 s by default).
/// </summary>
internal static partial class Campaign
{
    /// <summary>How long to wait before campaigning again after losing the lease.</summary>
    private static readonly TimeSpan Recampaign = TimeSpan.FromSeconds(1);

    /// <param name="leaseName">The Lease in <see cref="LeaderElectionOptions.LeaseNamespace"/> (e.g. "kube-scheduler").</param>
    /// <param name="whileLeading">The component's work; its token is cancelled when leadership ends.</param>
    public static async Task RunAsync(KubeClient client, string leaseName, LeaderElectionOptions election, ILoggerFactory loggers,
        Func<CancellationToken, Task> whileLeading, CancellationToken ct)
    {
        // As upstream's components: host name plus a random suffix, new for every process.
        var identity = $"{Environment.MachineName}_{Guid.NewGuid()}";
        var logger = loggers.CreateLogger("LeaderElection");
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var elector = new LeaderElector(client, new LeaderElectionOptions
                {
                    LeaseNamespace = election.LeaseNamespace,
                    LeaseName = string.IsNullOrEmpty(election.LeaseName) ? leaseName : election.LeaseName,
                    Identity = identity,
                    LeaseDuration = election.LeaseDuration,
                    RenewDeadline = election.RenewDeadline,
                    RetryPeriod = election.RetryPeriod,
                    ReleaseOnCancel = true,
                }, TimeProvider.System, loggers.CreateLogger<LeaderElector>());
                await elector.RunAsync(whileLeading, () => LogStoppedLeading(logger, leaseName, identity), ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                LogCampaignFailed(logger, leaseName, e);
            }

            if (!ct.IsCancellationRequested)
                await Task.Delay(Recampaign, TimeProvider.System, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Campaign for lease {Lease} failed; campaigning again")]
    private static partial void LogCampaignFailed(ILogger logger, string lease, Exception e);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Identity} is not leading {Lease} (any more); its work has stopped")]
    private static partial void LogStoppedLeading(ILogger logger, string lease, string identity);
}
