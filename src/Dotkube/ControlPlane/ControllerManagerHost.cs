using Dotkube.ApiServer;
using Dotkube.Client.Informers;
using Dotkube.Client.LeaderElection;
using Dotkube.Controllers;

namespace Dotkube.ControlPlane;

/// <summary>
/// Runs the controller manager next to the API server in <c>dotkube server</c>: with its own
/// identity (CN=system:kube-controller-manager, as upstream's kubeconfig for it), over HTTPS to
/// this server, leader-elected on kube-system/kube-controller-manager so that several servers on
/// one datastore run each controller once; every term as leader starts with fresh informers.
/// </summary>
public sealed class ControllerManagerHost(ApiServer.ApiServer server, ApiServerOptions apiOptions, ControllerManagerOptions options)
{
    public const string UserName = "system:kube-controller-manager";

    public LeaderElectionOptions Election { get; init; } = new();

    public async Task RunAsync(CancellationToken ct)
    {
        using var client = ComponentClient.Create(server, apiOptions, "client-controller", UserName, "kube-controller-manager/dotkube");
        var metrics = new PrometheusControllerMetrics(server.Metrics);
        await Campaign.RunAsync(client, ControllerManager.LeaseName, Election, server.Loggers, async leading =>
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
            await new ControllerManager(context).RunAsync(leading);
        }, ct);
    }
}
