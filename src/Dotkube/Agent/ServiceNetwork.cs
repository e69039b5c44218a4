using System.Net;
using System.Net.Sockets;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Dns;
using Dotkube.Proxy;
using Microsoft.Extensions.Logging;

namespace Dotkube.Agent;

/// <summary>
/// The node's part in service traffic, what k3s runs as kube-proxy and the CoreDNS pods: the
/// forwarding sysctls, the cluster DNS server on the node address, the service proxy's iptables
/// rules, and this node's EndpointSlice in kube-system/kube-dns. DNS and proxy share one informer
/// factory (DNS first: it adds indexes to the Service and EndpointSlice informers before they start).
/// A stop leaves the rules in place, as kube-proxy does; <c>dotkube uninstall</c> removes them.
/// </summary>
public sealed partial class ServiceNetwork(AgentOptions options, KubeClient client, IPAddress nodeIp, ILoggerFactory loggers, TimeProvider time)
{
    /// <summary>How long to wait before asking the API server again for kube-dns, while it does not answer.</summary>
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly ILogger _logger = loggers.CreateLogger<ServiceNetwork>();

    public async Task RunAsync(CancellationToken ct)
    {
        if (!options.ClusterDns && !options.KubeProxy)
        {
            return;
        }

        if (!Environment.IsPrivilegedProcess)
        {
            // iptables, the sysctls and port 53 all need root; the node runs pods without services.
            LogNotRoot(_logger);
            return;
        }

        await ForwardingSysctls.ForHost(_logger).EnsureAsync(ct);
        var informers = new SharedInformerFactory(client, time, loggers);
        DnsServer? dns = null;
        ServiceProxy? proxy = null;
        try
        {
            dns = options.ClusterDns ? await StartDnsAsync(informers, ct) : null;
            proxy = options.KubeProxy
                ? await ServiceProxy.StartAsync(new ProxyOptions
                {
                    NodeName = options.NodeName,
                    NodeIPs = [nodeIp],
                    ClusterCidr = options.ClusterCidr,
                    Metrics = options.ProxyMetrics ?? NullProxyMetrics.Instance,
                }, informers, loggers, time, ct)
                : null;
            if (dns is not null)
            {
                await PublishDnsEndpointAsync(ct);
            }

            await Task.Delay(Timeout.InfiniteTimeSpan, time, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            // The proxy's rules stay: pods keep reaching services while the agent restarts.
            if (proxy is not null)
            {
                await proxy.DisposeAsync();
            }

            if (dns is not null)
            {
                await dns.DisposeAsync();
            }

            await informers.ShutdownAsync();
        }
    }

    /// <summary>The DNS server on the node address, port 53; null (logged) when that port is taken.</summary>
    private async Task<DnsServer?> StartDnsAsync(SharedInformerFactory informers, CancellationToken ct)
    {
        try
        {
            return await DnsServer.StartAsync(new DnsServerOptions { Address = nodeIp, Port = 53, Metrics = options.DnsMetrics }, informers, loggers, time, ct);
        }
        catch (SocketException e)
        {
            LogDnsFailed(_logger, nodeIp.ToString(), e.Message);
            return null;
        }
    }

    /// <summary>
    /// Creates or updates this node's slice of kube-dns (until the API server answers); nothing when
    /// the server keeps no kube-dns Service (it runs with <c>--disable dns</c>).
    /// </summary>
    private async Task PublishDnsEndpointAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                var service = await client.GetAsync<Service>(ClusterDnsObjects.Namespace, ClusterDnsObjects.ServiceName, ct);
                var desired = ClusterDnsObjects.Slice(options.NodeName, nodeIp, service);
                try
                {
                    await client.CreateAsync(desired, ct: ct);
                }
                catch (ApiStatusException e) when (e.IsAlreadyExists)
                {
                    var current = await client.GetAsync<EndpointSlice>(ClusterDnsObjects.Namespace, desired.Metadata.Name!, ct);
                    (current.Metadata.Labels, current.Metadata.OwnerReferences) = (desired.Metadata.Labels, desired.Metadata.OwnerReferences);
                    (current.AddressType, current.Endpoints, current.Ports) = (desired.AddressType, desired.Endpoints, desired.Ports);
                    await client.UpdateAsync(current, ct: ct);
                }

                LogDnsPublished(_logger, desired.Metadata.Name!, nodeIp.ToString());
                return;
            }
            catch (ApiStatusException e) when (e.IsNotFound)
            {
                LogNoDnsService(_logger);
                return;
            }
            catch (Exception e) when (e is ApiStatusException or HttpRequestException or IOException)
            {
                LogPublishRetry(_logger, e.Message);
                await Task.Delay(RetryDelay, time, ct);
            }
        }
    }
}
