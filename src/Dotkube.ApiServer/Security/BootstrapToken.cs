using System.Security.Cryptography;

namespace Dotkube.ApiServer.Security;

/// <summary>
/// The cluster's join token at <c>DataDir/server/token</c> (0600), as k3s keeps its own there,
/// in k3s's secure format <c>K10&lt;sha256 of server-ca.crt&gt;::server:&lt;secret&gt;</c>: a joining
/// agent can check the CA it is shown before sending the secret. Generated on first start,
/// reused afterwards. The API server accepts the whole string as a bearer token
/// (see <see cref="TokenAuthenticator.For"/>).
/// </summary>
public sealed class BootstrapToken
{
    public const string FileName = "token";

    /// <summary>
    /// The token's identity. Named in upstream's bootstrap-token style (system:bootstrap:&lt;id&gt;,
    /// group system:bootstrappers) so the default RBAC bindings for node bootstrapping will apply
    /// to it once RBAC exists. Until then it is also in system:masters, or agents could not join.
    /// </summary>
    public static readonly UserInfo User = new("system:bootstrap:dotkube", [BootstrappersGroup, WellKnownGroups.Masters]);

    private const string BootstrappersGroup = "system:bootstrappers";

    private BootstrapToken(string path, string value)
    {
        Path = path;
        Value = value;
    }

    public string Path { get; }

    /// <summary>The token itself. Never log it.</summary>
    public string Value { get; }

    public static BootstrapToken LoadOrCreate(ApiServerOptions options, ClusterPki pki)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pki);
        var serverDir = System.IO.Path.Combine(options.DataDir, "server");
        var path = System.IO.Path.Combine(serverDir, FileName);
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length > 0)
            {
                return new BootstrapToken(path, existing);
            }
        }

        SecureFiles.EnsurePrivateDirectory(serverDir);
        var caHash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(System.IO.Path.Combine(pki.TlsDir, ClusterPki.ServerCaStem + ".crt"))));
        // 16 random bytes as 32 hex characters, the size of k3s's generated token secret.
        var value = $"K10{caHash}::server:{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
        SecureFiles.WriteAtomically(path, value + "\n", SecureFiles.PrivateFile);
        return new BootstrapToken(path, value);
    }
}
