using System.Net;
using System.Net.Sockets;
using Dotkube.Dns.Protocol;
using Microsoft.Extensions.Logging;

namespace Dotkube.Dns.Forwarding;

/// <summary>
/// Resolves names outside the cluster zone through the upstream resolvers, as CoreDNS's forward
/// plugin behind its cache: the cache first, then each upstream in turn over UDP (again over
/// TCP when the UDP answer is truncated) until one answers within the timeout. Whatever an
/// upstream answers, NXDOMAIN and SERVFAIL included, is relayed; null means none answered.
/// </summary>
internal sealed partial class Forwarder(IReadOnlyList<IPEndPoint> upstreams, ResponseCache cache, TimeSpan timeout,
    TimeProvider time, IDnsMetrics metrics, ILogger logger)
{
    /// <summary>The payload size we advertise upstream: 1232 bytes, DNS Flag Day 2020's choice to avoid fragmentation.</summary>
    internal const ushort UdpPayloadSize = 1232;

    public IReadOnlyList<IPEndPoint> Upstreams => upstreams;

    public async Task<DnsMessage?> ResolveAsync(DnsQuestion question, CancellationToken ct)
    {
        if (cache.Get(question) is { } cached)
        {
            metrics.CacheHit();
            return cached;
        }

        metrics.CacheMiss();
        foreach (var upstream in upstreams)
        {
            var query = new DnsMessage
            {
                Id = (ushort)Random.Shared.Next(ushort.MaxValue + 1),
                RecursionDesired = true,
                Questions = [question],
                Edns = new Edns(UdpPayloadSize),
            };
            try
            {
                using var timer = new CancellationTokenSource(timeout, time);
                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
                var response = await DnsClient.QueryUdpAsync(upstream, query, deadline.Token).ConfigureAwait(false);
                if (response.Truncated)
                {
                    response = await DnsClient.QueryTcpAsync(upstream, query, deadline.Token).ConfigureAwait(false);
                }

                cache.Store(question, response);
                return response;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                LogUpstreamTimeout(logger, upstream, question.Name, question.Type);
            }
            catch (Exception e) when (e is SocketException or IOException or DnsFormatException)
            {
                LogUpstreamFailed(logger, upstream, question.Name, question.Type, e.Message);
            }
        }

        return null;
    }
}
