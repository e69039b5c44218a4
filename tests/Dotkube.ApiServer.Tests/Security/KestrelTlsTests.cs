using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace Dotkube.ApiServer.Tests.Security;

/// <summary>End to end over real TLS: HttpClient, raw SslStream and the real kubectl against Kestrel.</summary>
public sealed class KestrelTlsTests(TlsServerFixture server) : IClassFixture<TlsServerFixture>
{
    private const string Kubectl = "/usr/bin/kubectl";
    private const string Openssl = "/usr/bin/openssl";

    [Fact]
    public async Task AdminClientCertificate_AuthenticatesAsSystemAdminInSystemMasters()
    {
        using var admin = server.Pki.Admin.ToCertificate();
        using var client = Client(admin);

        using var response = await client.GetAsync(Url("/whoami"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("system:admin", body.RootElement.GetProperty("name").GetString());
        var groups = body.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains("system:masters", groups);
        Assert.Contains("system:authenticated", groups);
    }

    [Fact]
    public async Task BootstrapBearerToken_Authenticates()
    {
        using var client = Client(certificate: null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", server.Token.Value);

        using var response = await client.GetAsync(Url("/whoami"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("system:bootstrap:dotkube", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCredentials_Get401Status()
    {
        using var client = Client(certificate: null);

        using var response = await client.GetAsync(Url("/api"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Status", body.RootElement.GetProperty("kind").GetString());
        Assert.Equal("Unauthorized", body.RootElement.GetProperty("reason").GetString());
        Assert.Equal(401, body.RootElement.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task ForeignClientCertificate_Gets401NotATlsFailure()
    {
        using var otherDir = new TempDataDir();
        using var other = otherDir.Pki(TimeProvider.System);
        using var foreign = other.Admin.ToCertificate();
        using var client = Client(foreign);

        using var response = await client.GetAsync(Url("/whoami"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(SslProtocols.Tls12)]
    [InlineData(SslProtocols.Tls13)]
    public async Task Handshake_Tls12And13_Negotiated(SslProtocols protocol)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.Port);
        await using var tls = new SslStream(tcp.GetStream());

        await tls.AuthenticateAsClientAsync(ClientOptions(protocol));

        Assert.Equal(protocol, tls.SslProtocol);
    }

    [Fact]
    public async Task Handshake_Tls11_IsRefused()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.Port);
        await using var tls = new SslStream(tcp.GetStream());

        // Obsolete on purpose: this is the old protocol the server must refuse.
#pragma warning disable SYSLIB0039
        var options = ClientOptions(SslProtocols.Tls11);
#pragma warning restore SYSLIB0039

        await Assert.ThrowsAnyAsync<Exception>(() => tls.AuthenticateAsClientAsync(options));
        Assert.False(tls.IsAuthenticated);
    }

    /// <summary>
    /// The SslStream test above could pass only because the local client refuses TLS 1.1; openssl
    /// here is able to speak it (security level 0), so a refusal can only come from the server.
    /// </summary>
    [Theory]
    [InlineData("-tls1_1", false)]
    [InlineData("-tls1", false)]
    [InlineData("-tls1_2", true)]
    public async Task OpensslClient_OnlyTls12AndUp_Handshake(string protocolFlag, bool succeeds)
    {
        if (!File.Exists(Openssl))
        {
            return;
        }

        var (exit, stdout, stderr) = await Run(Openssl, "s_client", "-connect", $"127.0.0.1:{server.Port}", protocolFlag, "-cipher", "DEFAULT@SECLEVEL=0");

        if (succeeds)
        {
            Assert.True(exit == 0, stderr);
            Assert.Contains("Protocol  : TLSv1.2", stdout, StringComparison.Ordinal);
        }
        else
        {
            Assert.NotEqual(0, exit);
            // Alert 70 sent by the peer: the server refused the version, not the local library.
            Assert.Contains("alert protocol version", stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Kubectl_WithWrittenKubeconfig_ReachesServerAsSystemAdmin()
    {
        if (!File.Exists(Kubectl))
        {
            return;
        }

        var (exit, stdout, stderr) = await RunKubectl("--kubeconfig", server.KubeconfigPath, "get", "--raw", "/whoami");

        Assert.True(exit == 0, stderr);
        using var body = JsonDocument.Parse(stdout);
        Assert.Equal("system:admin", body.RootElement.GetProperty("name").GetString());
        Assert.Contains("system:masters", body.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("HTTP/2", body.RootElement.GetProperty("protocol").GetString());
    }

    [Fact]
    public async Task Kubectl_WithBootstrapToken_Authenticates_AndWithWrongToken_IsUnauthorized()
    {
        if (!File.Exists(Kubectl))
        {
            return;
        }

        var ca = Path.Combine(server.TempPath, "ca.crt");
        await File.WriteAllTextAsync(ca, server.Pki.ServerCaPem);
        var emptyConfig = Path.Combine(server.TempPath, "empty.kubeconfig");
        await File.WriteAllTextAsync(emptyConfig, "");
        string[] common = ["--kubeconfig", emptyConfig, "--server", $"https://127.0.0.1:{server.Port}", "--certificate-authority", ca];

        var withToken = await RunKubectl([.. common, "--token", server.Token.Value, "get", "--raw", "/whoami"]);
        // A wrong token rather than none: with no credentials at all kubectl prompts on stdin for a password.
        var wrongToken = await RunKubectl([.. common, "--token", "not-the-token", "get", "--raw", "/api"]);

        Assert.True(withToken.Exit == 0, withToken.Stderr);
        Assert.Contains("system:bootstrap:dotkube", withToken.Stdout, StringComparison.Ordinal);
        Assert.NotEqual(0, wrongToken.Exit);
        Assert.Contains("You must be logged in to the server (Unauthorized)", wrongToken.Stderr, StringComparison.Ordinal);
    }

    private string Url(string path) => $"https://127.0.0.1:{server.Port}{path}";

    private HttpClient Client(X509Certificate2? certificate) =>
        new(new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                ClientCertificates = certificate is null ? null : [certificate],
                RemoteCertificateValidationCallback = TrustsServerCa,
            },
        });

    private SslClientAuthenticationOptions ClientOptions(SslProtocols protocol) => new()
    {
        TargetHost = "127.0.0.1",
        EnabledSslProtocols = protocol,
        RemoteCertificateValidationCallback = TrustsServerCa,
    };

    /// <summary>What kubectl does with certificate-authority-data: the server CA is the only root, and the name must match.</summary>
    private bool TrustsServerCa(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return false;
        }

        using var ours = new X509Chain();
        ours.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        ours.ChainPolicy.CustomTrustStore.Add(server.Pki.ServerCa);
        ours.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return ours.Build(new X509Certificate2(certificate));
    }

    private Task<(int Exit, string Stdout, string Stderr)> RunKubectl(params string[] args) => Run(Kubectl, args);

    private async Task<(int Exit, string Stdout, string Stderr)> Run(string program, params string[] args)
    {
        // Stdin redirected and closed at once: openssl s_client then quits, kubectl cannot prompt.
        var start = new ProcessStartInfo(program) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // kubectl caches discovery under $HOME; keep it inside the test's directory.
        start.Environment["HOME"] = server.TempPath;
        start.Environment.Remove("KUBECONFIG");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
