using System.Net;

namespace Dotkube.ApiServer;

/// <summary>
/// Everything <c>dotkube server</c> can be told about its API server. Flag names follow k3s;
/// every default names the rule it copies. Call <see cref="Validate"/> at start-up.
/// </summary>
public sealed class ApiServerOptions
{
    /// <summary>Defaults to /var/lib/dotkube, as k3s uses /var/lib/rancher/k3s: database and certificates live here.</summary>
    public string DataDir { get; set; } = "/var/lib/dotkube";

    /// <summary>Defaults to 0.0.0.0, as kube-apiserver's --bind-address.</summary>
    public IPAddress BindAddress { get; set; } = IPAddress.Any;

    /// <summary>Defaults to 6443, as kube-apiserver's --secure-port and k3s's --https-listen-port. 0 picks a free port.</summary>
    public int HttpsListenPort { get; set; } = 6443;

    /// <summary>
    /// <c>sqlite:///path/state.db</c> or <c>etcd://host:port[,host:port...]</c>. Null means
    /// SQLite at <c>DataDir/server/db/state.db</c>, as k3s defaults to its embedded database.
    /// </summary>
    public string? DatastoreEndpoint { get; set; }

    /// <summary>Defaults to /etc/dotkube/admin.kubeconfig, as k3s writes /etc/rancher/k3s/k3s.yaml.</summary>
    public string WriteKubeconfig { get; set; } = "/etc/dotkube/admin.kubeconfig";

    /// <summary>Defaults to 0600: the file holds the cluster-admin key.</summary>
    public int WriteKubeconfigMode { get; set; } = Convert.ToInt32("600", 8);

    /// <summary>Defaults to the host name, lower-cased, as the kubelet's --hostname-override fallback.</summary>
    public string NodeName { get; set; } = Environment.MachineName.ToLowerInvariant();

    /// <summary>Defaults to 10.43.0.0/16, the k3s service CIDR; the kubernetes Service takes its first address.</summary>
    public string ServiceCidr { get; set; } = "10.43.0.0/16";

    /// <summary>Defaults to 400, as kube-apiserver's --max-requests-inflight. Watches are exempt.</summary>
    public int MaxRequestsInflight { get; set; } = 400;

    /// <summary>Defaults to 200, as kube-apiserver's --max-mutating-requests-inflight.</summary>
    public int MaxMutatingRequestsInflight { get; set; } = 200;

    /// <summary>Defaults to 60 s, as kube-apiserver's --request-timeout. Watches have their own timeout.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Defaults to 3 MiB, as the apiserver's request body limit (413 beyond it).</summary>
    public long MaxRequestBodyBytes { get; set; } = 3 * 1024 * 1024;

    /// <summary>Defaults to 1 h, as kube-apiserver's --event-ttl: events expire so they cannot fill the store.</summary>
    public TimeSpan EventTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Defaults to 300, as kube-apiserver's --default-not-ready-toleration-seconds: how long pods
    /// without their own toleration stay on a node whose Ready condition is False.
    /// </summary>
    public long DefaultNotReadyTolerationSeconds { get; set; } = 300;

    /// <summary>
    /// Defaults to 300, as kube-apiserver's --default-unreachable-toleration-seconds: how long pods
    /// without their own toleration stay on a node the node controller no longer hears from.
    /// </summary>
    public long DefaultUnreachableTolerationSeconds { get; set; } = 300;

    /// <summary>
    /// Defaults to https://kubernetes.default.svc.cluster.local, as k3s's --service-account-issuer:
    /// the iss of the service-account tokens this server issues, and the only issuer it accepts.
    /// </summary>
    public string ServiceAccountIssuer { get; set; } = "https://kubernetes.default.svc.cluster.local";

    /// <summary>
    /// kube-apiserver's --api-audiences; empty (the default) means the issuer alone, as upstream:
    /// what a TokenRequest without audiences gets, and what a token must name to authenticate here.
    /// </summary>
    public List<string> ApiAudiences { get; set; } = [];

    /// <summary>The audiences in effect: <see cref="ApiAudiences"/>, or the issuer when none are set.</summary>
    public IReadOnlyList<string> EffectiveApiAudiences => ApiAudiences.Count > 0 ? ApiAudiences : [ServiceAccountIssuer];

    /// <summary>
    /// The admission plugins that run (kube-apiserver's --enable-admission-plugins and
    /// --disable-admission-plugins edit it). Defaults to <see cref="Admission.AdmissionPlugins.Default"/>:
    /// every plugin dotkube has, as each is on by default upstream.
    /// </summary>
    public HashSet<string> EnabledAdmissionPlugins { get; set; } = [.. Admission.AdmissionPlugins.Default];

    /// <summary>The certificate directory: <c>DataDir/server/tls</c>, as k3s's server/tls.</summary>
    public string TlsDir => Path.Combine(DataDir, "server", "tls");

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DataDir) || !Path.IsPathRooted(DataDir))
        {
            throw new ArgumentException($"--data-dir must be an absolute path, got \"{DataDir}\"");
        }

        if (HttpsListenPort is < 0 or > 65535)
        {
            throw new ArgumentException($"--https-listen-port must be between 0 and 65535, got {HttpsListenPort}");
        }

        if (WriteKubeconfigMode is < 0 or > 0x1FF)
        {
            throw new ArgumentException($"--write-kubeconfig-mode must be an octal file mode such as 0600, got {Convert.ToString(WriteKubeconfigMode, 8)}");
        }

        if (string.IsNullOrEmpty(NodeName))
        {
            throw new ArgumentException("--node-name must not be empty");
        }

        if (!IPNetwork.TryParse(ServiceCidr, out var cidr) || cidr.BaseAddress.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
        {
            throw new ArgumentException($"--service-cidr must be an IPv4 CIDR such as 10.43.0.0/16, got \"{ServiceCidr}\"");
        }

        // As upstream: required, and a URL whenever it contains a colon.
        if (string.IsNullOrEmpty(ServiceAccountIssuer)
            || (ServiceAccountIssuer.Contains(':', StringComparison.Ordinal) && !Uri.TryCreate(ServiceAccountIssuer, UriKind.Absolute, out _)))
        {
            throw new ArgumentException($"--service-account-issuer must be a URL or a name without a colon, got \"{ServiceAccountIssuer}\"");
        }

        if (MaxRequestsInflight < 1 || MaxMutatingRequestsInflight < 1)
        {
            throw new ArgumentException("--max-requests-inflight and --max-mutating-requests-inflight must be positive");
        }

        if (RequestTimeout <= TimeSpan.Zero || EventTtl <= TimeSpan.Zero)
        {
            throw new ArgumentException("--request-timeout and --event-ttl must be positive durations");
        }
    }
}
