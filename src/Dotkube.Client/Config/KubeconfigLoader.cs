using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Serialization;

namespace Dotkube.Client.Config;

/// <summary>
/// Reads a kubeconfig (YAML or JSON) into <see cref="ClientOptions"/> the way clientcmd does for
/// one file: the chosen context names a cluster and a user; embedded *-data fields win over file
/// paths; relative paths are resolved against the kubeconfig's own directory. Exec and
/// auth-provider plugins, KUBECONFIG merging and proxies are not supported.
/// </summary>
public static class KubeconfigLoader
{
    /// <summary>$KUBECONFIG's first entry if set, else ~/.kube/config, as kubectl looks for it.</summary>
    public static string DefaultPath(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var fromEnv = environment("KUBECONFIG")?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return fromEnv ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".kube", "config");
    }

    /// <summary>Loads <paramref name="path"/> for <paramref name="context"/>, or for its current-context when null.</summary>
    public static ClientOptions Load(string path, string? context = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] text;
        try
        {
            text = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KubeconfigException($"cannot read kubeconfig {path}: {e.Message}", e);
        }

        return Parse(text, Path.GetDirectoryName(Path.GetFullPath(path))!, context);
    }

    /// <summary>Parses kubeconfig text; file references are resolved against <paramref name="baseDirectory"/>.</summary>
    public static ClientOptions Parse(ReadOnlySpan<byte> text, string baseDirectory, string? context = null)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(KubeYaml.IsJson(text) ? text.ToArray() : KubeYaml.ToJson(text));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or DecodeException or FormatException)
        {
            throw new KubeconfigException($"kubeconfig is not valid YAML: {e.Message}", e);
        }

        if (root is not JsonObject)
        {
            throw new KubeconfigException("kubeconfig is empty");
        }

        var contextName = string.IsNullOrEmpty(context) ? Text(root, "current-context") : context;
        if (string.IsNullOrEmpty(contextName))
        {
            throw new KubeconfigException("kubeconfig has no current-context and no context was chosen");
        }

        var contextEntry = Named(root, "contexts", "context", contextName)
            ?? throw new KubeconfigException($"context \"{contextName}\" does not exist in the kubeconfig");
        var clusterName = Text(contextEntry, "cluster");
        if (string.IsNullOrEmpty(clusterName))
        {
            throw new KubeconfigException($"context \"{contextName}\" names no cluster");
        }

        var cluster = Named(root, "clusters", "cluster", clusterName)
            ?? throw new KubeconfigException($"cluster \"{clusterName}\" of context \"{contextName}\" does not exist");
        var userName = Text(contextEntry, "user");
        JsonNode? user = null;
        if (!string.IsNullOrEmpty(userName))
        {
            user = Named(root, "users", "user", userName)
                ?? throw new KubeconfigException($"user \"{userName}\" of context \"{contextName}\" does not exist");
        }

        var where = $"cluster \"{clusterName}\"";
        var insecure = cluster["insecure-skip-tls-verify"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
        var ca = PemOf(cluster, "certificate-authority-data", "certificate-authority", baseDirectory, where);
        if (insecure && ca is not null)
        {
            // As client-go: trusting a CA and trusting anything at once is a mistake, not a preference.
            throw new KubeconfigException($"{where} sets both insecure-skip-tls-verify and a certificate authority");
        }

        var who = $"user \"{userName}\"";
        var certificate = PemOf(user, "client-certificate-data", "client-certificate", baseDirectory, who);
        var key = PemOf(user, "client-key-data", "client-key", baseDirectory, who);
        if ((certificate is null) != (key is null))
        {
            throw new KubeconfigException($"{who} has a client {(certificate is null ? "key" : "certificate")} without its {(certificate is null ? "certificate" : "key")}");
        }

        var token = Text(user, "token");
        var tokenFile = string.IsNullOrEmpty(token) ? Text(user, "tokenFile") : null;
        if (!string.IsNullOrEmpty(tokenFile))
        {
            tokenFile = Path.Combine(baseDirectory, tokenFile);
            if (!File.Exists(tokenFile))
            {
                throw new KubeconfigException($"{who} tokenFile {tokenFile} does not exist");
            }
        }

        if (certificate is null && string.IsNullOrEmpty(token) && string.IsNullOrEmpty(tokenFile)
            && (user?["exec"] is not null || user?["auth-provider"] is not null))
        {
            throw new KubeconfigException($"{who} uses an exec or auth-provider plugin, which dotkube does not support");
        }

        return new ClientOptions
        {
            Server = ServerOf(cluster, where),
            CertificateAuthorityPem = ca,
            InsecureSkipTlsVerify = insecure,
            ClientCertificatePem = certificate,
            ClientKeyPem = key,
            BearerToken = string.IsNullOrEmpty(token) ? null : token,
            BearerTokenFile = string.IsNullOrEmpty(tokenFile) ? null : tokenFile,
            Namespace = Text(contextEntry, "namespace") is { Length: > 0 } ns ? ns : null,
        };
    }

    /// <summary>As clientcmd: a server without a scheme ("10.0.0.1:6443") means https.</summary>
    private static Uri ServerOf(JsonNode cluster, string where)
    {
        var server = Text(cluster, "server");
        if (string.IsNullOrEmpty(server))
        {
            throw new KubeconfigException($"{where} has no server");
        }

        if (!server.Contains("://", StringComparison.Ordinal))
        {
            server = "https://" + server;
        }

        if (!Uri.TryCreate(server, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new KubeconfigException($"{where} has an invalid server \"{server}\"");
        }

        return uri;
    }

    /// <summary>The base64 *-data field decoded, else the referenced file's text, else null.</summary>
    private static string? PemOf(JsonNode? entry, string dataKey, string fileKey, string baseDirectory, string where)
    {
        var data = Text(entry, dataKey);
        if (!string.IsNullOrEmpty(data))
        {
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(data));
            }
            catch (FormatException e)
            {
                throw new KubeconfigException($"{where} {dataKey} is not valid base64", e);
            }
        }

        var file = Text(entry, fileKey);
        if (string.IsNullOrEmpty(file))
        {
            return null;
        }

        var path = Path.Combine(baseDirectory, file);
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KubeconfigException($"{where} {fileKey} {path} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The <paramref name="field"/> object of the entry named <paramref name="name"/> in the <paramref name="list"/> array.</summary>
    private static JsonNode? Named(JsonNode root, string list, string field, string name)
    {
        var entry = (root[list] as JsonArray)?.FirstOrDefault(e => e is JsonObject && Text(e, "name") == name);
        return entry is null ? null : entry[field] as JsonObject ?? new JsonObject();
    }

    private static string? Text(JsonNode? node, string key) =>
        node is JsonObject o && o[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
