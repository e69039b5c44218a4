using System.Security.Cryptography.X509Certificates;
using System.Text;
using Dotkube.ApiServer.Security;

namespace Dotkube.Agent;

/// <summary>
/// What a joined agent holds, kept in DATA_DIR/agent under k3s's file names, every file 0600:
/// server-ca.crt (trust for the API server), client-ca.crt (trust for the kubelet API's callers),
/// client-kubelet.crt/.key (CN=system:node:NAME, O=system:nodes) and serving-kubelet.crt/.key.
/// </summary>
public sealed record NodeCredentials(string ServerCaPem, string ClientCaPem, PemPair Client, PemPair Serving)
{
    private const string ServerCaFile = "server-ca.crt";
    private const string ClientCaFile = "client-ca.crt";
    private const string ClientStem = "client-kubelet";
    private const string ServingStem = "serving-kubelet";

    /// <summary>Certificates closer than this to expiry are fetched again at start.</summary>
    private static readonly TimeSpan RenewBefore = TimeSpan.FromDays(30);

    /// <summary>
    /// The stored credentials when they are whole and still good for this node and this token's CA
    /// (so a restart needs no server, and a token for another cluster makes the agent join again); else null.
    /// </summary>
    public static NodeCredentials? Load(string agentDir, string nodeName, JoinToken token, DateTimeOffset now)
    {
        var paths = new[] { ServerCaFile, ClientCaFile, ClientStem + ".crt", ClientStem + ".key", ServingStem + ".crt", ServingStem + ".key" }
            .Select(name => Path.Combine(agentDir, name)).ToArray();
        if (!paths.All(File.Exists))
        {
            return null;
        }

        var serverCa = File.ReadAllBytes(paths[0]);
        if (!token.Matches(serverCa))
        {
            return null;
        }

        try
        {
            var credentials = new NodeCredentials(Encoding.UTF8.GetString(serverCa), File.ReadAllText(paths[1]),
                new PemPair(File.ReadAllText(paths[2]), File.ReadAllText(paths[3])), new PemPair(File.ReadAllText(paths[4]), File.ReadAllText(paths[5])));
            using var client = credentials.Client.ToCertificate();
            using var serving = credentials.Serving.ToCertificate();
            return client.GetNameInfo(X509NameType.SimpleName, forIssuer: false) == AgentHost.UserName(nodeName)
                && serving.GetNameInfo(X509NameType.SimpleName, forIssuer: false) == nodeName
                && client.NotAfter > (now + RenewBefore).UtcDateTime && serving.NotAfter > (now + RenewBefore).UtcDateTime
                    ? credentials
                    : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // A damaged or mismatched pair: join again and overwrite it.
            return null;
        }
    }

    public void Save(string agentDir)
    {
        Directory.CreateDirectory(agentDir);
        foreach (var (name, text) in new[]
                 {
                     (ServerCaFile, ServerCaPem), (ClientCaFile, ClientCaPem),
                     (ClientStem + ".crt", Client.CertificatePem), (ClientStem + ".key", Client.KeyPem),
                     (ServingStem + ".crt", Serving.CertificatePem), (ServingStem + ".key", Serving.KeyPem),
                 })
        {
            SecureFiles.WriteAtomically(Path.Combine(agentDir, name), text, SecureFiles.PrivateFile);
        }
    }
}
