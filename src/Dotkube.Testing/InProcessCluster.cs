using System.Net;
using System.Security.Cryptography.X509Certificates;
using Dotkube.ApiServer;
using Dotkube.ApiServer.Admission;
using Dotkube.Storage;
using Dotkube.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace Dotkube.Testing;

/// <summary>
/// A real control plane in the current process for tests and benchmarks: the API server over
/// HTTPS on a free loopback port, SQLite in its own temp directory, and the admin kubeconfig it
/// writes. Everything it created goes away on dispose. Shipped with the product (as Orleans'
/// InProcTestCluster) so every component's tests start clusters the same way.
/// </summary>
public sealed class InProcessCluster : IAsyncDisposable
{
    private readonly string _dir;
    private readonly IKeyValueStore _store;

    private InProcessCluster(string dir, IKeyValueStore store, ApiServer.ApiServer server)
    {
        _dir = dir;
        _store = store;
        Server = server;
    }

    public ApiServer.ApiServer Server { get; }

    /// <summary>The store behind the server, for tests that compact or inspect it.</summary>
    public IKeyValueStore Store => _store;

    public string KubeconfigPath => Path.Combine(_dir, "admin.kubeconfig");

    public string DataDir => Path.Combine(_dir, "data");

    public Uri BaseAddress => new($"https://127.0.0.1:{Server.Port}");

    /// <summary>The cluster-admin client certificate (CN=system:admin, O=system:masters).</summary>
    public X509Certificate2 AdminCertificate() => Server.Pki.Admin.ToCertificate();

    /// <param name="bookmarkInterval">Watch bookmarks come this often (upstream: a minute); tests want them sooner.</param>
    /// <param name="configure">Changes the server options after the harness's own (e.g. to turn the ServiceAccount admission plugin back on).</param>
    public static async Task<InProcessCluster> StartAsync(TimeSpan? bookmarkInterval = null, CancellationToken ct = default,
        Action<ApiServerOptions>? configure = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "dotkube-cluster-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var options = new ApiServerOptions
        {
            DataDir = Path.Combine(dir, "data"),
            BindAddress = IPAddress.Loopback,
            HttpsListenPort = 0,
            WriteKubeconfig = Path.Combine(dir, "admin.kubeconfig"),
            NodeName = "test-node",
        };
        // No controllers run here, so no namespace gets its default ServiceAccount: pods could not
        // be created with the ServiceAccount admission plugin on (as upstream without a controller manager).
        options.EnabledAdmissionPlugins.Remove(AdmissionPlugins.ServiceAccount);
        configure?.Invoke(options);
        var store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(dir, "state.db") }, ct);
        try
        {
            var server = await ApiServer.ApiServer.StartAsync(options, store, TimeProvider.System, l => l.ClearProviders(), ct,
                bookmarkInterval ?? TimeSpan.FromMilliseconds(500));
            return new InProcessCluster(dir, store, server);
        }
        catch
        {
            await store.DisposeAsync();
            Directory.Delete(dir, recursive: true);
            throw;
        }
    }

    /// <summary>An HttpClient trusting the cluster CA; with a certificate it is that user, without one anonymous.</summary>
    public HttpClient NewHttpClient(X509Certificate2? certificate = null)
    {
        var ca = Server.Pki.ServerCa;
        var handler = new SocketsHttpHandler
        {
            SslOptions =
            {
                ClientCertificates = certificate is null ? null : new X509CertificateCollection { certificate },
                RemoteCertificateValidationCallback = (_, cert, _, _) => IsSignedBy(cert, ca),
            },
            EnableMultipleHttp2Connections = true,
        };
        return new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Whether a server certificate chains to the cluster CA alone (no system roots, no revocation check).</summary>
    public static bool IsSignedBy(X509Certificate? certificate, X509Certificate2 ca)
    {
        if (certificate is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await _store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}
