using System.Net;
using System.Net.Sockets;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Client.Informers;
using Dotkube.Dns.Cluster;
using Dotkube.Dns.Forwarding;
using Dotkube.Dns.Server;
using Microsoft.Extensions.Logging;

namespace Dotkube.Dns;

/// <summary>
/// The cluster DNS server (CoreDNS's role in a k3s node): authoritative for the cluster domain
/// from the Service, EndpointSlice and Namespace informers, a caching forwarder to the node's
/// resolvers for everything else, over UDP and TCP on one address and port. Start it with
/// <see cref="StartAsync"/>; dispose it to stop listening.
/// </summary>
public sealed partial class DnsServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Socket _udp;
    private readonly Socket _tcp;
    private readonly QueryHandler _handler;
    private readonly TimeProvider _time;
    private readonly TimeSpan _tcpIdleTimeout;
    private readonly ILogger _logger;
    private readonly Func<CancellationToken, Task<bool>> _waitForSync;
    private readonly List<Task> _loops = [];

    private DnsServer(Socket udp, Socket tcp, QueryHandler handler, DnsServerOptions options, TimeProvider time, ILogger logger,
        Func<CancellationToken, Task<bool>> waitForSync)
    {
        _udp = udp;
        _tcp = tcp;
        _handler = handler;
        _time = time;
        _tcpIdleTimeout = options.TcpIdleTimeout;
        _logger = logger;
        _waitForSync = waitForSync;
    }

    /// <summary>Where the server listens, with the port actually bound (for options with port 0).</summary>
    public IPEndPoint EndPoint => (IPEndPoint)_udp.LocalEndPoint!;

    public int Port => EndPoint.Port;

    /// <summary>
    /// Binds UDP and TCP and starts serving. Registers the Service, EndpointSlice and Namespace
    /// informers with <paramref name="informers"/> and starts them with <paramref name="ct"/>
    /// (which bounds their lifetime, as the factory's StartAsync); the Service and EndpointSlice
    /// informers get this server's indexes, so call this before anything else starts those two.
    /// Cluster names are answered SERVFAIL until the caches have synced, as CoreDNS does.
    /// </summary>
    public static async Task<DnsServer> StartAsync(DnsServerOptions options, SharedInformerFactory informers, ILoggerFactory loggers,
        TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(informers);
        ArgumentNullException.ThrowIfNull(loggers);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        var logger = loggers.CreateLogger<DnsServer>();
        var services = informers.For<Service>();
        var slices = informers.For<EndpointSlice>();
        var namespaces = informers.For<Namespace>();
        ClusterView.AddIndexes(services.AddIndex, slices.AddIndex);

        // The SOA serial is the time of the last change seen, as CoreDNS's; serials are 32-bit seconds.
        var serial = (uint)time.GetUtcNow().ToUnixTimeSeconds();
        void Touch() => Volatile.Write(ref serial, (uint)time.GetUtcNow().ToUnixTimeSeconds());
        services.AddEventHandler((_, _) => Touch(), (_, _) => Touch(), _ => Touch());
        slices.AddEventHandler((_, _) => Touch(), (_, _) => Touch(), _ => Touch());
        await informers.StartAsync(ct).ConfigureAwait(false);

        var metrics = options.Metrics ?? NoMetrics.Instance;
        var upstreams = options.Upstreams ?? ResolvConf.ReadWithFallback(options.ResolvConfPath);
        if (upstreams.Count == 0)
        {
            LogNoUpstreams(logger, options.ResolvConfPath);
        }

        var cache = new ResponseCache(options.CacheCapacity, options.CacheMaxTtl, options.CacheMaxNegativeTtl, time);
        var forwarder = new Forwarder(upstreams, cache, options.UpstreamTimeout, time, metrics, logger);
        var zone = new ClusterZone(new ClusterView(services.Indexer, slices.Indexer, namespaces.Indexer), options.Zone, options.Ttl,
            () => Volatile.Read(ref serial));
        var handler = new QueryHandler(zone, forwarder, () => services.HasSynced && slices.HasSynced && namespaces.HasSynced, metrics, time, logger);
        var (udp, tcp) = Bind(options.Address, options.Port);
        var server = new DnsServer(udp, tcp, handler, options, time, logger,
            async token => await services.WaitForSyncAsync(token).ConfigureAwait(false)
                && await slices.WaitForSyncAsync(token).ConfigureAwait(false)
                && await namespaces.WaitForSyncAsync(token).ConfigureAwait(false));
        server.Start(Math.Max(1, Environment.ProcessorCount));
        LogStarted(logger, server.EndPoint, options.Zone, string.Join(", ", upstreams));
        return server;
    }

    /// <summary>True once the caches behind the cluster zone have synced; false if an informer stopped first.</summary>
    public Task<bool> WaitForCacheSyncAsync(CancellationToken ct) => _waitForSync(ct);

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _udp.Dispose();
        _tcp.Dispose();
        await Task.WhenAll(_loops).ConfigureAwait(false);
        _stop.Dispose();
    }

    private void Start(int udpReaders)
    {
        for (var i = 0; i < udpReaders; i++)
        {
            _loops.Add(Task.Run(() => ServeUdpAsync(_stop.Token)));
        }

        _loops.Add(Task.Run(() => AcceptTcpAsync(_stop.Token)));
    }

    /// <summary>UDP and TCP on one port; with port 0 the UDP port is picked first and TCP takes the same, retried if that is taken.</summary>
    private static (Socket Udp, Socket Tcp) Bind(IPAddress address, int port)
    {
        for (var attempt = 0; ; attempt++)
        {
            var udp = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            var tcp = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                // Bursts of queries (a pod starting, dnsperf) outrun one reader for a moment: a deep
                // socket buffer queues them instead of dropping them (the kernel caps it at rmem_max).
                udp.ReceiveBufferSize = 4 << 20;
                udp.Bind(new IPEndPoint(address, port));
                tcp.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                tcp.Bind(new IPEndPoint(address, ((IPEndPoint)udp.LocalEndPoint!).Port));
                tcp.Listen(512);
                return (udp, tcp);
            }
            catch (SocketException) when (port == 0 && attempt < 20)
            {
                udp.Dispose();
                tcp.Dispose();
            }
            catch
            {
                udp.Dispose();
                tcp.Dispose();
                throw;
            }
        }
    }

    private sealed class NoMetrics : IDnsMetrics
    {
        public static readonly NoMetrics Instance = new();

        public void Served(string proto, string type, string zone, string rcode, TimeSpan duration)
        {
        }

        public void CacheHit()
        {
        }

        public void CacheMiss()
        {
        }
    }
}
