using System.Net;
using System.Text.Json;
using Dotkube.ApiServer.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dotkube.ApiServer.Tests.Security;

/// <summary>
/// A real Kestrel on 127.0.0.1 with <see cref="KestrelTls"/> and an endpoint answering every path
/// with the authenticated user as JSON ({"name":..., "groups":[...]}), or upstream's 401.
/// </summary>
public sealed class TlsServerFixture : IAsyncLifetime
{
    private readonly TempDataDir _dir = new();
    private WebApplication? _app;

    public ClusterPki Pki { get; private set; } = null!;

    public BootstrapToken Token { get; private set; } = null!;

    public int Port { get; private set; }

    public string KubeconfigPath => _dir.Options.WriteKubeconfig;

    public string TempPath => _dir.Path;

    public async Task InitializeAsync()
    {
        Pki = ClusterPki.LoadOrCreate(_dir.Options, extraIps: null, TimeProvider.System);
        Token = BootstrapToken.LoadOrCreate(_dir.Options, Pki);
        var authenticator = new Authenticator(
            new ClientCertificateAuthenticator(Pki.ClientCa, TimeProvider.System),
            TokenAuthenticator.For(Token));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https => KestrelTls.Configure(https, Pki))));
        _app = builder.Build();
        _app.Run(async context =>
        {
            var user = await authenticator.AuthenticateAsync(context);
            if (user is null)
            {
                await UnauthorizedResponse.WriteAsync(context.Response, context.RequestAborted);
                return;
            }

            context.Response.ContentType = "application/json";
            await using var json = new Utf8JsonWriter(context.Response.Body);
            json.WriteStartObject();
            json.WriteString("name", user.Name);
            json.WriteStartArray("groups");
            foreach (var group in user.Groups)
            {
                json.WriteStringValue(group);
            }

            json.WriteEndArray();
            json.WriteString("protocol", context.Request.Protocol);
            json.WriteEndObject();
        });
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Port = new Uri(address).Port;
        Kubeconfig.WriteAdmin(KubeconfigPath, _dir.Options.WriteKubeconfigMode, Kubeconfig.ServerUrl(_dir.Options, Port), Pki);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Pki.Dispose();
        _dir.Dispose();
    }
}
