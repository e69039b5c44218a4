using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dotkube.ApiServer.Security;

/// <summary>
/// The admin kubeconfig, laid out as k3s writes k3s.yaml: cluster, user and context all named
/// "default", credentials embedded as base64 PEM so the file works when copied elsewhere.
/// </summary>
public static class Kubeconfig
{
    /// <summary>k3s's name for the cluster, user and context.</summary>
    public const string EntryName = "default";

    /// <summary>
    /// https://127.0.0.1:&lt;port&gt; as k3s, since the admin kubeconfig is read on the server host;
    /// a specific --bind-address instead, because loopback is then not listened on.
    /// </summary>
    public static string ServerUrl(ApiServerOptions options, int port)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bind = options.BindAddress;
        var host = bind.Equals(IPAddress.Any) || bind.Equals(IPAddress.IPv6Any) ? IPAddress.Loopback : bind;
        return host.AddressFamily == AddressFamily.InterNetworkV6 ? $"https://[{host}]:{port}" : $"https://{host}:{port}";
    }

    /// <summary>The kubeconfig text for <paramref name="client"/> against <paramref name="serverUrl"/>, trusting <paramref name="caPem"/>.</summary>
    public static string Render(string serverUrl, string caPem, PemPair client)
    {
        ArgumentException.ThrowIfNullOrEmpty(serverUrl);
        ArgumentException.ThrowIfNullOrEmpty(caPem);
        ArgumentNullException.ThrowIfNull(client);
        // Every value is base64 or a URL without ": " or "#", so all are plain YAML scalars.
        return $$"""
            apiVersion: v1
            clusters:
            - cluster:
                certificate-authority-data: {{Base64(caPem)}}
                server: {{serverUrl}}
              name: {{EntryName}}
            contexts:
            - context:
                cluster: {{EntryName}}
                user: {{EntryName}}
              name: {{EntryName}}
            current-context: {{EntryName}}
            kind: Config
            preferences: {}
            users:
            - name: {{EntryName}}
              user:
                client-certificate-data: {{Base64(client.CertificatePem)}}
                client-key-data: {{Base64(client.KeyPem)}}

            """;
    }

    /// <summary>
    /// Writes the system:admin kubeconfig to <paramref name="path"/> with file mode <paramref name="mode"/>
    /// (--write-kubeconfig-mode), creating the directory (0755) if missing. Written atomically; left
    /// untouched, but for its mode, when it already holds the same text, so restarts do not churn it.
    /// </summary>
    public static void WriteAdmin(string path, int mode, string serverUrl, ClusterPki pki)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(pki);
        var text = Render(serverUrl, pki.ServerCaPem, pki.Admin);
        var fileMode = (UnixFileMode)mode;
        SecureFiles.EnsureDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            SecureFiles.SetMode(path, fileMode);
            return;
        }

        SecureFiles.WriteAtomically(path, text, fileMode);
    }

    private static string Base64(string pem) => Convert.ToBase64String(Encoding.UTF8.GetBytes(pem));
}
