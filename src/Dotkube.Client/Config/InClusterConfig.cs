namespace Dotkube.Client.Config;

/// <summary>
/// Configuration for a client running in a pod, as client-go's rest.InClusterConfig: the API
/// server from KUBERNETES_SERVICE_HOST/PORT, the service account token and CA from the mounted
/// secret. The token is referenced by file, not copied, because projected tokens rotate.
/// </summary>
public static class InClusterConfig
{
    /// <summary>Where the kubelet mounts the service account token, CA and namespace.</summary>
    public const string ServiceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";

    public static ClientOptions Load() => Load(ServiceAccountDirectory, Environment.GetEnvironmentVariable);

    /// <param name="serviceAccountDirectory">Holds token, ca.crt and namespace; injectable for tests.</param>
    /// <param name="environment">Reads an environment variable; injectable for tests.</param>
    public static ClientOptions Load(string serviceAccountDirectory, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var host = environment("KUBERNETES_SERVICE_HOST");
        var port = environment("KUBERNETES_SERVICE_PORT");
        if (string.IsNullOrEmpty(host) || string.IsNullOrEmpty(port))
        {
            throw new KubeconfigException(
                "unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined");
        }

        var tokenFile = Path.Combine(serviceAccountDirectory, "token");
        if (!File.Exists(tokenFile))
        {
            throw new KubeconfigException($"in-cluster service account token {tokenFile} does not exist");
        }

        // As net.JoinHostPort: an IPv6 service host needs brackets.
        var authority = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]:{port}" : $"{host}:{port}";
        if (!Uri.TryCreate("https://" + authority, UriKind.Absolute, out var server))
        {
            throw new KubeconfigException($"in-cluster API server address {authority} is invalid");
        }

        // As client-go, an unreadable CA is not fatal: the system trust store may still verify the server.
        var caFile = Path.Combine(serviceAccountDirectory, "ca.crt");
        var ca = File.Exists(caFile) ? File.ReadAllText(caFile) : null;

        // POD_NAMESPACE first, as clientcmd's in-cluster namespace lookup.
        var ns = environment("POD_NAMESPACE");
        var nsFile = Path.Combine(serviceAccountDirectory, "namespace");
        if (string.IsNullOrEmpty(ns) && File.Exists(nsFile))
        {
            ns = File.ReadAllText(nsFile).Trim();
        }

        return new ClientOptions
        {
            Server = server,
            CertificateAuthorityPem = ca,
            BearerTokenFile = tokenFile,
            Namespace = string.IsNullOrEmpty(ns) ? null : ns,
        };
    }
}
