using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Dotkube.ApiServer.Security.ServiceAccounts;

/// <summary>
/// Compact JWS with RS256 only, as upstream signs service-account tokens with an RSA key: a
/// token naming any other algorithm (notably "none" or an HMAC) is refused before its signature
/// is looked at.
/// </summary>
public static class Jwt
{
    public const string Algorithm = "RS256";

    public static string Sign(ServiceAccountKey key, ReadOnlySpan<byte> payloadJson)
    {
        ArgumentNullException.ThrowIfNull(key);
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = Algorithm, ["kid"] = key.KeyId },
            JwtJsonContext.Default.DictionaryStringString);
        var signingInput = Base64Url.EncodeToString(header) + "." + Base64Url.EncodeToString(payloadJson);
        var signature = key.Rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>The payload of <paramref name="token"/> when it is an RS256 JWS that <paramref name="key"/> signed, else null.</summary>
    public static byte[]? Verify(RSA key, string token)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = token.Split('.');
        if (parts.Length != 3 || !TryDecode(parts[0], out var header) || !TryDecode(parts[1], out var payload) || !TryDecode(parts[2], out var signature))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(header);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != Algorithm)
            {
                return null;
            }
        }
        catch (JsonException)
        {
            return null;
        }

        var signingInput = Encoding.ASCII.GetBytes(token, 0, parts[0].Length + 1 + parts[1].Length);
        return key.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1) ? payload : null;
    }

    /// <summary>Whether <paramref name="token"/> looks like a JWT (three dot-separated parts), so static-token lookups can skip it cheaply.</summary>
    public static bool LooksLikeJwt(string token) => token.Count(c => c == '.') == 2;

    private static bool TryDecode(string part, out byte[] bytes)
    {
        bytes = [];
        if (part.Length == 0 || !Base64Url.IsValid(part))
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(part);
        return true;
    }
}
