using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Server;

/// <summary>
/// The kubelet API (upstream's :10250 server) over HTTPS with client certificates: only
/// <see cref="KubeletServerOptions.AllowedUsers"/> get through (401 without a certificate, 403
/// for another user, in the kubelet's words). Serves <c>/containerLogs/{namespace}/{pod}/{container}</c>,
/// <c>/stats/summary</c> (given a <see cref="StatsHandler"/>), <c>/healthz</c>, and with a <see cref="StreamingHandler"/>
/// <c>/exec</c> and <c>/attach</c> (WebSocket).
/// </summary>
public sealed partial class KubeletServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly X509Certificate2 _serving;
    private readonly X509Certificate2 _clientCa;

    private KubeletServer(WebApplication app, X509Certificate2 serving, X509Certificate2 clientCa, int port)
    {
        _app = app;
        _serving = serving;
        _clientCa = clientCa;
        Port = port;
    }

    /// <summary>The port bound (the one to advertise in the Node's daemonEndpoints).</summary>
    public int Port { get; }

    public static async Task<KubeletServer> StartAsync(KubeletServerOptions options, ContainerLogsHandler logs, StreamingHandler? streaming,
        TimeProvider time, ILoggerFactory loggers, CancellationToken ct, StatsHandler? stats = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logs);
        options.Validate();
        var serving = X509Certificate2.CreateFromPem(options.ServingCertificatePem, options.ServingKeyPem);
        var clientCa = X509Certificate2.CreateFromPem(options.ClientCaPem);
        var clients = new ClientCertificates(clientCa, time);
        var allowed = options.AllowedUsers.ToHashSet(StringComparer.Ordinal);
        var logger = loggers.CreateLogger<KubeletServer>();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggers);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(options.BindAddress, options.Port, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(https =>
                {
                    https.ServerCertificate = serving;
                    https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
                    https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                    https.CheckCertificateRevocation = false;
                    https.ClientCertificateValidation = (certificate, _, _) => clients.Verify(certificate);
                });
            });
        });

        var app = builder.Build();
        app.UseWebSockets();
        app.Run(http => ServeAsync(http, allowed, logs, streaming, stats, logger));
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        LogServing(logger, options.BindAddress.ToString(), port);
        return new KubeletServer(app, serving, clientCa, port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _serving.Dispose();
        _clientCa.Dispose();
    }

    private static async Task ServeAsync(HttpContext http, HashSet<string> allowed, ContainerLogsHandler logs, StreamingHandler? streaming,
        StatsHandler? stats, ILogger logger)
    {
        var user = ClientCertificates.UserOf(http.Connection.ClientCertificate);
        if (user is null)
        {
            await WriteTextAsync(http, StatusCodes.Status401Unauthorized, "Unauthorized");
            return;
        }

        var path = http.Request.Path.Value ?? "/";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var (resource, subresource) = segments switch
        {
            ["containerLogs", ..] => ("nodes", "log"),
            ["stats", ..] => ("nodes", "stats"),
            _ => ("nodes", "proxy"),
        };
        if (!allowed.Contains(user))
        {
            LogForbidden(logger, user, path);
            await WriteTextAsync(http, StatusCodes.Status403Forbidden,
                $"Forbidden (user={user}, verb={http.Request.Method.ToLowerInvariant()}, resource={resource}, subresource={subresource})");
            return;
        }

        switch (segments)
        {
            case ["healthz"]:
                await WriteTextAsync(http, StatusCodes.Status200OK, "ok");
                break;
            case ["containerLogs", .. var rest] when HttpMethods.IsGet(http.Request.Method):
                await logs.ServeAsync(http, rest.Select(Uri.UnescapeDataString).ToArray());
                break;
            case ["stats", "summary"] when stats is not null && HttpMethods.IsGet(http.Request.Method):
                await stats.ServeAsync(http);
                break;
            case ["exec", .. var rest] when streaming is not null && IsGetOrPost(http):
                await streaming.ServeExecAsync(http, rest.Select(Uri.UnescapeDataString).ToArray());
                break;
            case ["attach", .. var rest] when streaming is not null && IsGetOrPost(http):
                await streaming.ServeAttachAsync(http, rest.Select(Uri.UnescapeDataString).ToArray());
                break;
            default:
                await WriteTextAsync(http, StatusCodes.Status404NotFound, "404 page not found\n");
                break;
        }
    }

    private static bool IsGetOrPost(HttpContext http) => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsPost(http.Request.Method);

    /// <summary>A plain-text answer, as the kubelet's restful handlers write their errors.</summary>
    internal static async Task WriteTextAsync(HttpContext http, int status, string text)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(text, http.RequestAborted);
    }
}
