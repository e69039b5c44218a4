using System.Net;
using Dotkube.Api.Naming;
using Dotkube.ApiServer.Allocation;
using Dotkube.ApiServer.Bootstrap;
using Dotkube.ApiServer.Metrics;
using Dotkube.ApiServer.Http;
using Dotkube.ApiServer.Kubelets;
using Dotkube.ApiServer.Logging;
using Dotkube.ApiServer.Maintenance;
using Dotkube.ApiServer.Registry;
using Dotkube.ApiServer.Security;
using Dotkube.ApiServer.Security.ServiceAccounts;
using Dotkube.ApiServer.Watch;
using Dotkube.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dotkube.ApiServer;

/// <summary>
/// The running API server: certificates, authentication, the REST handlers and their watch
/// caches over one key-value store, served by Kestrel over HTTPS (HTTP/1.1 and HTTP/2).
/// Start-up order: certificates and token, then listen, then the system objects, then the
/// admin kubeconfig (written last, so a kubeconfig on disk means the server answers).
/// </summary>
public sealed partial class ApiServer : IAsyncDisposable
{
    /// <summary>HTTP/2 streams per connection: clients multiplex hundreds of watches on one connection.</summary>
    public const int MaxStreamsPerConnection = 1000;

    private readonly WebApplication _app;
    private readonly WatchCaches _watchCaches;
    private readonly ClusterPki _pki;

    private readonly EventExpiry _eventExpiry;
    private readonly KubeletClient _kubelets;

    private ApiServer(WebApplication app, WatchCaches watchCaches, ClusterPki pki, BootstrapToken token, int port, EventExpiry eventExpiry,
        KubeletClient kubelets)
    {
        _app = app;
        _kubelets = kubelets;
        _eventExpiry = eventExpiry;
        _watchCaches = watchCaches;
        _pki = pki;
        Token = token;
        Port = port;
    }

    /// <summary>The port actually bound (useful with port 0).</summary>
    public int Port { get; }

    public BootstrapToken Token { get; }

    public ClusterPki Pki => _pki;

    /// <summary>What /metrics serves; components running in the same process add their families here.</summary>
    public required MetricsRegistry Metrics { get; init; }

    /// <summary>The server's loggers (klog format unless the caller configured logging), for components in the same process.</summary>
    public required ILoggerFactory Loggers { get; init; }

    public static async Task<ApiServer> StartAsync(ApiServerOptions options, IKeyValueStore store, TimeProvider time,
        Action<ILoggingBuilder>? logging, CancellationToken ct, TimeSpan? bookmarkInterval = null)
    {
        options.Validate();
        var pki = ClusterPki.LoadOrCreate(options, extraIps: null, time);
        var token = BootstrapToken.LoadOrCreate(options, pki);
        var tokens = TokenAuthenticator.For(token);
        Authenticator? authenticator = null;

        var registry = new ResourceRegistry(store);
        var allocator = new ServiceAllocator(store, options.ServiceCidr, new Random());
        var watchCaches = new WatchCaches(store);
        var health = new HealthChecks(
            [("ping", _ => Task.FromResult(true)), ("log", _ => Task.FromResult(true)), ("etcd", async c => { await store.GetAsync("/registry/health", c); return true; })],
            [("informer-sync", _ => Task.FromResult(true)), ("shutdown", _ => Task.FromResult(true))]);
        var metricsRegistry = new MetricsRegistry();
        var metrics = new ApiServerMetrics(metricsRegistry);
        var kubelets = new KubeletClient(pki, time);
        var resources = new ResourceHandler(registry, watchCaches, options, time, NameGenerator.Default)
        {
            BookmarkInterval = bookmarkInterval ?? TimeSpan.FromMinutes(1),
            TokenReviewer = (t, c) => authenticator!.AuthenticateTokenAsync(t, c),
            ServiceAccountKey = pki.ServiceAccountKey,
            Services = allocator,
            Metrics = metrics,
            Kubelets = kubelets,
        };
        // Service-account tokens are checked against the objects they name, read as the handlers read them.
        authenticator = new Authenticator(new ClientCertificateAuthenticator(pki.ClientCa, time), tokens,
            new ServiceAccountTokenAuthenticator(pki.ServiceAccountKey, options.ServiceAccountIssuer, options.EffectiveApiAudiences, resources.FindAsync, time));
        var boundPort = 0;
        var discovery = new DiscoveryHandler(() => $"{AdvertiseAddress(options)}:{boundPort}");
        var routes = new Dictionary<string, Func<HttpContext, Task>>
        {
            ["/metrics"] = http =>
            {
                http.Response.ContentType = MetricsRegistry.ContentType;
                return metricsRegistry.WriteToAsync(http.Response.Body, http.RequestAborted);
            },
        };
        foreach (var (path, route) in new NodeJoinRoutes(pki).Routes)
        {
            routes[path] = route;
        }

        var handler = new ApiHandler(registry, resources, new NonResourceHandler(health, discovery, routes));
        var limiter = new InflightLimiter(options.MaxRequestsInflight, options.MaxMutatingRequestsInflight);
        var pipeline = new RequestPipeline(authenticator, handler, limiter, metrics, options);

        var builder = WebApplication.CreateSlimBuilder();
        (logging ?? KlogFormatter.Configure)(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null; // enforced per request, to answer 413 with a Status
            kestrel.Limits.Http2.MaxStreamsPerConnection = MaxStreamsPerConnection;
            kestrel.Listen(options.BindAddress, options.HttpsListenPort, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(https => KestrelTls.Configure(https, pki));
            });
        });

        var app = builder.Build();
        app.Run(pipeline.ServeAsync);
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        boundPort = port;
        await SystemObjects.EnsureAsync(registry, allocator, options, AdvertiseAddress(options), port, time, ct);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ApiServer");
        LogServing(logger, options.BindAddress.ToString(), port);
        Kubeconfig.WriteAdmin(options.WriteKubeconfig, options.WriteKubeconfigMode, Kubeconfig.ServerUrl(options, port), pki);
        LogKubeconfig(logger, options.WriteKubeconfig);
        var expiry = new EventExpiry(registry, options.EventTtl, EventSweepInterval(options.EventTtl), time,
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("EventExpiry"));
        return new ApiServer(app, watchCaches, pki, token, port, expiry, kubelets)
        {
            Metrics = metricsRegistry,
            Loggers = app.Services.GetRequiredService<ILoggerFactory>(),
        };
    }

    /// <summary>
    /// Creates the data directory and its server/db folder owner-only (0700, as k3s): the
    /// database and certificates live there. Call before opening the store.
    /// </summary>
    public static void EnsureDataDir(ApiServerOptions options)
    {
        SecureFiles.EnsurePrivateDirectory(options.DataDir);
        SecureFiles.EnsurePrivateDirectory(Path.Combine(options.DataDir, "server"));
        SecureFiles.EnsurePrivateDirectory(Path.Combine(options.DataDir, "server", "db"));
    }

    /// <summary>The address other components reach this server on: the bind address, or loopback for 0.0.0.0.</summary>
    public static IPAddress AdvertiseAddress(ApiServerOptions options) =>
        options.BindAddress.Equals(IPAddress.Any) ? IPAddress.Loopback : options.BindAddress;

    public async Task StopAsync(CancellationToken ct) => await _app.StopAsync(ct);

    /// <summary>Sweeps often enough that an event outlives its TTL by at most a tenth of it (at least every minute).</summary>
    private static TimeSpan EventSweepInterval(TimeSpan ttl) => ttl / 10 < TimeSpan.FromMinutes(1) ? ttl / 10 : TimeSpan.FromMinutes(1);

    public async ValueTask DisposeAsync()
    {
        await _eventExpiry.DisposeAsync();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        await _watchCaches.DisposeAsync();
        _kubelets.Dispose();
        _pki.Dispose();
    }
}
