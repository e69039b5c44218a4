using System.Security.Cryptography;
using System.Text;

namespace Dotkube.ApiServer.Security;

/// <summary>
/// Bearer tokens from a fixed table: the bootstrap token and any --token-auth-file entries.
/// Every lookup compares against every entry in constant time, so neither a token's content
/// nor its position in the table shows in the response time.
/// </summary>
public sealed class TokenAuthenticator
{
    // SHA-256 digests: equal lengths for FixedTimeEquals whatever the token lengths, and no plain secrets kept around.
    private readonly (byte[] Digest, UserInfo User)[] _tokens;

    public TokenAuthenticator(IEnumerable<StaticToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = tokens.Select(t => (Digest(t.Token), t.User)).ToArray();
    }

    /// <summary>The bootstrap token (as <see cref="BootstrapToken.User"/>) and any static tokens after it.</summary>
    public static TokenAuthenticator For(BootstrapToken bootstrap, IEnumerable<StaticToken>? staticTokens = null)
    {
        ArgumentNullException.ThrowIfNull(bootstrap);
        return new TokenAuthenticator([new StaticToken(bootstrap.Value, BootstrapToken.User), .. staticTokens ?? []]);
    }

    /// <summary>The user <paramref name="token"/> belongs to, or null. On duplicates the last entry wins, as upstream's token file.</summary>
    public UserInfo? Authenticate(string token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var digest = Digest(token);
        UserInfo? user = null;
        foreach (var entry in _tokens)
        {
            if (CryptographicOperations.FixedTimeEquals(entry.Digest, digest))
            {
                user = entry.User;
            }
        }

        return user;
    }

    private static byte[] Digest(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
