using System.Net;
using System.Security.Cryptography.X509Certificates;
using Dotkube.ApiServer.Security.ServiceAccounts;

namespace Dotkube.ApiServer.Security;

/// <summary>
/// The cluster's certificates under <see cref="ApiServerOptions.TlsDir"/>, in k3s's layout:
/// <code>
/// server-ca.crt/.key                 signs serving certificates; clients trust it (kubeconfig certificate-authority-data)
/// client-ca.crt/.key                 signs client certificates; the API server trusts it for x509 authentication
/// serving-kube-apiserver.crt/.key    the API server's TLS certificate
/// client-admin.crt/.key              CN=system:admin, O=system:masters: the admin kubeconfig's identity
/// client-kube-apiserver.crt/.key     CN=kube-apiserver-kubelet-client, O=system:masters: the API server towards kubelets
/// service.key                        RSA key signing and checking service-account tokens
/// </code>
/// Two CAs rather than one, as k3s: a certificate the server CA signed (the API server's or, later,
/// a kubelet's serving certificate) can then never pass as a user identity, whatever its key
/// usages say. Keys are ECDSA P-256 (as k3s), 0600, in a 0700 directory.
/// <para>
/// First start creates everything. A restart loads the same files and writes nothing while they
/// are still good, so they stay byte-identical. A leaf is re-issued (the CAs are kept) when it is
/// missing, does not match its key, no longer chains to its CA, expires within
/// <see cref="RenewBefore"/>, or no longer names what it should (serving SANs, client subject).
/// </para>
/// </summary>
public sealed class ClusterPki : IDisposable
{
    public const string ServerCaStem = "server-ca";
    public const string ClientCaStem = "client-ca";
    public const string ServingStem = "serving-kube-apiserver";
    public const string AdminStem = "client-admin";
    public const string KubeletClientStem = "client-kube-apiserver";

    /// <summary>The admin identity, as k3s's client-admin certificate.</summary>
    public const string AdminUser = "system:admin";

    /// <summary>The API server's user on kubelets' APIs (logs, exec), as kubeadm's apiserver-kubelet-client certificate.</summary>
    public const string KubeletClientUser = "kube-apiserver-kubelet-client";

    /// <summary>90 days, as k3s: any leaf closer than this to expiry is renewed at start-up.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromDays(90);

    private readonly CertificateAuthority _serverCa;
    private readonly CertificateAuthority _clientCa;
    private readonly TimeProvider _time;

    private ClusterPki(string tlsDir, CertificateAuthority serverCa, CertificateAuthority clientCa, PemPair serving, TimeProvider time)
    {
        TlsDir = tlsDir;
        _serverCa = serverCa;
        _clientCa = clientCa;
        _time = time;
        ServerCa = X509Certificate2.CreateFromPem(serverCa.CertificatePem);
        ClientCa = X509Certificate2.CreateFromPem(clientCa.CertificatePem);
        Serving = serving;
        ServingCertificate = serving.ToCertificate();
        Admin = LoadOrIssueClientCertificate(AdminStem, AdminUser, [WellKnownGroups.Masters]);
        KubeletClient = LoadOrIssueClientCertificate(KubeletClientStem, KubeletClientUser, [WellKnownGroups.Masters]);
        ServiceAccountKey = ServiceAccountKey.LoadOrCreate(tlsDir);
    }

    public string TlsDir { get; }

    /// <summary>The serving CA, public part only: what clients trust.</summary>
    public X509Certificate2 ServerCa { get; }

    /// <summary>The client CA, public part only: the trust root for x509 client authentication.</summary>
    public X509Certificate2 ClientCa { get; }

    public string ServerCaPem => _serverCa.CertificatePem;

    public string ClientCaPem => _clientCa.CertificatePem;

    /// <summary>The API server's TLS certificate and key, as stored.</summary>
    public PemPair Serving { get; }

    /// <summary>The API server's TLS certificate with its key, ready for Kestrel.</summary>
    public X509Certificate2 ServingCertificate { get; }

    /// <summary>The system:admin client certificate and key, for the admin kubeconfig.</summary>
    public PemPair Admin { get; }

    /// <summary>The API server's client certificate towards kubelets (k3s's client-kube-apiserver).</summary>
    public PemPair KubeletClient { get; }

    /// <summary>Signs the service-account tokens this server issues and checks those it is shown.</summary>
    public ServiceAccountKey ServiceAccountKey { get; }

    /// <summary>
    /// Loads or creates the PKI. The serving certificate names <see cref="ServingNames.For"/> this
    /// host's IPv4 addresses plus <paramref name="extraIps"/> (k3s's --tls-san, --node-ip).
    /// </summary>
    public static ClusterPki LoadOrCreate(ApiServerOptions options, IEnumerable<IPAddress>? extraIps, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        return LoadOrCreate(options, ServingNames.For(options, extraIps, ServingNames.HostIPv4Addresses()), time);
    }

    /// <summary>As the other overload, with the serving certificate's names given whole (tests pin them).</summary>
    public static ClusterPki LoadOrCreate(ApiServerOptions options, ServingNames servingNames, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(servingNames);
        ArgumentNullException.ThrowIfNull(time);

        var dir = options.TlsDir;
        SecureFiles.EnsurePrivateDirectory(dir);
        var serverCa = CertificateAuthority.LoadOrCreate(dir, ServerCaStem, "dotkube-server-ca", time);
        var clientCa = CertificateAuthority.LoadOrCreate(dir, ClientCaStem, "dotkube-client-ca", time);
        var serving = LeafFiles.LoadOrIssue(dir, ServingStem, serverCa, time.GetUtcNow(), servingNames.CoveredBy,
            () => serverCa.IssueServing("kube-apiserver", servingNames, time.GetUtcNow()));
        return new ClusterPki(dir, serverCa, clientCa, serving, time);
    }

    /// <summary>
    /// A fresh client certificate for user <paramref name="commonName"/> in <paramref name="groups"/>,
    /// signed by the client CA and not stored: for handing to a joining agent
    /// (CN=system:node:&lt;name&gt;, O=system:nodes for its kubelet).
    /// </summary>
    public PemPair IssueClientCertificate(string commonName, IEnumerable<string> groups)
    {
        ArgumentException.ThrowIfNullOrEmpty(commonName);
        return _clientCa.IssueClient(commonName, groups, _time.GetUtcNow());
    }

    /// <summary>
    /// A fresh serving certificate for <paramref name="commonName"/> covering <paramref name="names"/>,
    /// signed by the server CA and not stored: a joining agent's kubelet API certificate.
    /// </summary>
    public PemPair IssueServingCertificate(string commonName, ServingNames names)
    {
        ArgumentException.ThrowIfNullOrEmpty(commonName);
        ArgumentNullException.ThrowIfNull(names);
        return _serverCa.IssueServing(commonName, names, _time.GetUtcNow());
    }

    /// <summary>
    /// As <see cref="IssueClientCertificate"/>, kept as <c>&lt;stem&gt;.crt/.key</c> in <see cref="TlsDir"/>
    /// and reused until it needs renewal, as the admin certificate is.
    /// </summary>
    public PemPair LoadOrIssueClientCertificate(string stem, string commonName, IReadOnlyList<string> groups)
    {
        ArgumentException.ThrowIfNullOrEmpty(stem);
        ArgumentException.ThrowIfNullOrEmpty(commonName);
        var subject = CertificateAuthority.ClientSubject(commonName, groups);
        return LeafFiles.LoadOrIssue(TlsDir, stem, _clientCa, _time.GetUtcNow(),
            cert => cert.SubjectName.RawData.AsSpan().SequenceEqual(subject.RawData),
            () => _clientCa.IssueClient(commonName, groups, _time.GetUtcNow()));
    }

    /// <summary>
    /// A serving certificate for another component (a kubelet's, CN = node name) signed by the server
    /// CA, kept as <c>&lt;stem&gt;.crt/.key</c> in <see cref="TlsDir"/> and re-issued when it no longer
    /// covers <paramref name="names"/> or needs renewal.
    /// </summary>
    public PemPair LoadOrIssueServingCertificate(string stem, string commonName, ServingNames names)
    {
        ArgumentException.ThrowIfNullOrEmpty(stem);
        ArgumentException.ThrowIfNullOrEmpty(commonName);
        ArgumentNullException.ThrowIfNull(names);
        return LeafFiles.LoadOrIssue(TlsDir, stem, _serverCa, _time.GetUtcNow(), names.CoveredBy,
            () => _serverCa.IssueServing(commonName, names, _time.GetUtcNow()));
    }

    public void Dispose()
    {
        ServingCertificate.Dispose();
        ServiceAccountKey.Dispose();
        ServerCa.Dispose();
        ClientCa.Dispose();
        _serverCa.Dispose();
        _clientCa.Dispose();
    }
}
