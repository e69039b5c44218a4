using System.Net;
using Dotkube.Agent;
using Dotkube.ApiServer;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;
using Microsoft.Extensions.Logging;

namespace Dotkube.ControlPlane;

/// <summary>
/// The server's side of cluster DNS, what k3s's deploy controller does with its coredns manifest:
/// at start the kube-system/kube-dns Service is created with its fixed cluster IP (the agents
/// publish their DNS servers behind it), and with <c>--disable dns</c> a kube-dns Service of ours
/// is deleted, as k3s removes a disabled component it deployed before.
/// </summary>
public static partial class ClusterDnsAddon
{
    /// <summary>The identity of the server's own bootstrap writes, as k3s's system:k3s-controller.</summary>
    public const string UserName = "system:dotkube-controller";

    public static async Task ApplyAsync(ApiServer.ApiServer server, ApiServerOptions apiOptions, bool enabled, IPAddress clusterIp, CancellationToken ct)
    {
        var logger = server.Loggers.CreateLogger("ClusterDnsAddon");
        using var client = ComponentClient.Create(server, apiOptions, "client-dotkube-controller", UserName, "dotkube-controller");
        try
        {
            if (enabled)
            {
                await EnsureAsync(client, clusterIp, logger, ct);
            }
            else
            {
                await RemoveAsync(client, logger, ct);
            }
        }
        catch (Exception e) when (e is ApiStatusException or HttpRequestException)
        {
            // Not fatal: everything but cluster DNS works, and the log says why it does not.
            LogFailed(logger, e.Message);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopped while starting: the server shuts down next.
        }
    }

    private static async Task EnsureAsync(KubeClient client, IPAddress clusterIp, ILogger logger, CancellationToken ct)
    {
        try
        {
            await client.CreateAsync(ClusterDnsObjects.Service(clusterIp), ct: ct);
            LogCreated(logger, clusterIp.ToString());
        }
        catch (ApiStatusException e) when (e.IsAlreadyExists)
        {
            // Kept as it is: its cluster IP cannot change, and a user may have added to it.
        }
    }

    private static async Task RemoveAsync(KubeClient client, ILogger logger, CancellationToken ct)
    {
        try
        {
            var service = await client.GetAsync<Service>(ClusterDnsObjects.Namespace, ClusterDnsObjects.ServiceName, ct);
            if (service.Spec.Selector is not null)
            {
                return; // not ours: the user's own DNS deployment
            }

            await client.DeleteAsync<Service>(ClusterDnsObjects.Namespace, ClusterDnsObjects.ServiceName, ct: ct);
            LogRemoved(logger);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
        }
    }
}
