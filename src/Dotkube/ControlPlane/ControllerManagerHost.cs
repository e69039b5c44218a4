using Dotkube.ApiServer;
using Dotkube.Client.Informers;
using Dotkube.Client.LeaderElection;
using Dotkube.Controllers;
using Microsoft.Extensions.Logging;

namespace Dotkube.ControlPlane;

/// <summary>
/// Runs the controller manager next to the API server in <c>dotkube server</c>: with its own
/// identity (CN=system:kube-controller-manager, as upstream's kubeconfig for it), over HTTPS to
/// this server, leader-elected on kube-system/kube-controller-manager so that several servers on
/// one datastore run each controller once. After losing the lease it campaigns again with fresh
/// informers, where upstream would exit and be restarted.
/// </summary>
public sealed partial class ControllerManagerHost(ApiServer.ApiServer server, ApiServerOptions apiOptions, ControllerManagerOptions options)
{
    public const string UserName = "system:kube-controller-manager";

    /// <summary>How long to wait before campaigning again after losing the lease.</summary>
    private static readonly TimeSpan Recampaign = TimeSpan.FromSeconds(1);

    private readonly ILogger _logger = server.Loggers.CreateLogger("ControllerManager");

    public LeaderElectionOptions Election { get; init; } = new();

    public async Task RunAsync(CancellationToken ct)
    {
        var identity = $"{Environment.MachineName}_{Guid.NewGuid()}";
        using var client = ComponentClient.Create(server, apiOptions, "client-controller", UserName, "kube-controller-manager/dotkube");
        var metrics = new PrometheusControllerMetrics(server.Metrics);
        while (!ct.IsCancellationRequested)
        {
            await using var context = new ControllerContext
            {
                Client = client,
                Informers = new SharedInformerFactory(client, TimeProvider.System, server.Loggers),
                Time = TimeProvider.System,
                Loggers = server.Loggers,
                Metrics = metrics,
                Options = options,
            };
            try
            {
                await new ControllerManager(context).RunLeaderElectedAsync(identity, Election, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                LogCampaignFailed(_logger, e);
            }

            if (!ct.IsCancellationRequested)
                await Task.Delay(Recampaign, TimeProvider.System, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Controller manager campaign failed; campaigning again")]
    private static partial void LogCampaignFailed(ILogger logger, Exception e);
}
