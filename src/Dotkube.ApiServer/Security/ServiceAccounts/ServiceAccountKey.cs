using System.Security.Cryptography;
using System.Text;

namespace Dotkube.ApiServer.Security.ServiceAccounts;

/// <summary>
/// The key that signs and checks service-account tokens: RSA 2048 in PKCS#1 PEM at
/// <c>server/tls/service.key</c>, as k3s keeps it. Created on first start (0600), reused after,
/// so tokens issued before a restart still authenticate.
/// </summary>
public sealed class ServiceAccountKey : IDisposable
{
    public const string FileName = "service.key";

    private ServiceAccountKey(RSA rsa)
    {
        Rsa = rsa;
        KeyId = KeyIdOf(rsa);
    }

    public RSA Rsa { get; }

    /// <summary>The JWT header's kid, as upstream: base64url (unpadded) SHA-256 of the public key's PKIX DER.</summary>
    public string KeyId { get; }

    public static ServiceAccountKey LoadOrCreate(string tlsDir)
    {
        var path = Path.Combine(tlsDir, FileName);
        var rsa = RSA.Create();
        try
        {
            if (File.Exists(path))
            {
                rsa.ImportFromPem(File.ReadAllText(path));
            }
            else
            {
                rsa.Dispose();
                rsa = RSA.Create(2048);
                SecureFiles.WriteAtomically(path, Encoding.ASCII.GetBytes(rsa.ExportRSAPrivateKeyPem()), SecureFiles.PrivateFile);
            }

            return new ServiceAccountKey(rsa);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    private static string KeyIdOf(RSA rsa) => System.Buffers.Text.Base64Url.EncodeToString(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()));

    public void Dispose() => Rsa.Dispose();
}
