using System.Security.Cryptography;

namespace Dotkube.Agent;

/// <summary>
/// A join token in k3s's secure format, <c>K10&lt;sha256 of the server CA&gt;::&lt;user&gt;:&lt;secret&gt;</c>,
/// as the server writes to DATA_DIR/server/token. The whole string is the credential; the hash
/// lets the agent check the CA the server shows before it sends the credential.
/// </summary>
public sealed class JoinToken
{
    private const string Prefix = "K10";

    private JoinToken(string value, string caHash)
    {
        Value = value;
        CaHash = caHash;
    }

    /// <summary>The token as given. Never log it.</summary>
    public string Value { get; }

    /// <summary>The lowercase hex sha256 of the server CA's PEM file.</summary>
    public string CaHash { get; }

    /// <exception cref="FormatException">Not a K10 token.</exception>
    public static JoinToken Parse(string text)
    {
        var value = text.Trim();
        var separator = value.IndexOf("::", StringComparison.Ordinal);
        var hash = separator > Prefix.Length && value.StartsWith(Prefix, StringComparison.Ordinal) ? value[Prefix.Length..separator] : "";
        if (hash.Length != 64 || !hash.All(Uri.IsHexDigit) || !value[(separator + 2)..].Contains(':', StringComparison.Ordinal))
        {
            // Never echo the token: it is a secret.
            throw new FormatException("--token must be the server's join token, K10<sha256 of the server CA>::server:<secret> (DATA_DIR/server/token on the server)");
        }

        return new JoinToken(value, hash.ToLowerInvariant());
    }

    /// <summary>True when <paramref name="caPem"/>, byte for byte, is the CA this token was made for.</summary>
    public bool Matches(ReadOnlySpan<byte> caPem) => Convert.ToHexStringLower(SHA256.HashData(caPem)) == CaHash;

    public override string ToString() => "JoinToken { CaHash = " + CaHash + ", secret redacted }";
}
