using System.Text.RegularExpressions;

namespace Dotkube.Api.Defaulting;

/// <summary>
/// The tag of a container image reference, as upstream's parsers.ParseImageName reads it through
/// the distribution/reference grammar (ParseNormalizedNamed). Only what defaulting needs.
/// </summary>
internal static partial class ImageReference
{
    private const string DefaultDomain = "docker.io";
    private const string LegacyDefaultDomain = "index.docker.io";
    private const string OfficialRepoPrefix = "library/";
    private const int NameTotalLengthMax = 255;

    /// <summary>
    /// The tag an image pulls: its explicit tag, "latest" when it has neither tag nor digest,
    /// "" when it has only a digest or does not parse (upstream ignores the parse error).
    /// </summary>
    public static string Tag(string? image)
    {
        if (!TryParse(image ?? "", out var tag, out var digest))
        {
            return "";
        }

        return tag.Length == 0 && digest.Length == 0 ? "latest" : tag;
    }

    private static bool TryParse(string image, out string tag, out string digest)
    {
        tag = "";
        digest = "";

        // As upstream: a bare 64-hex string is an image ID, never a repository name.
        if (HexIdentifier().IsMatch(image))
        {
            return false;
        }

        var (domain, remainder) = SplitDockerDomain(image);
        var colon = remainder.IndexOf(':', StringComparison.Ordinal);
        var remoteName = colon < 0 ? remainder : remainder[..colon];
        if (!string.Equals(remoteName, remoteName.ToLowerInvariant(), StringComparison.Ordinal))
        {
            return false;
        }

        var match = Reference().Match(domain + "/" + remainder);
        if (!match.Success || match.Groups["name"].Length > NameTotalLengthMax)
        {
            return false;
        }

        if (match.Groups["digest"].Success && !ValidDigest(match.Groups["digest"].Value))
        {
            return false;
        }

        tag = match.Groups["tag"].Value;
        digest = match.Groups["digest"].Value;
        return true;
    }

    /// <summary>As upstream splitDockerDomain: the first path element is a domain only if it looks like one.</summary>
    private static (string Domain, string Remainder) SplitDockerDomain(string name)
    {
        string domain;
        string remainder;
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || (name[..slash].IndexOfAny(['.', ':']) < 0 && name[..slash] != "localhost"
            && string.Equals(name[..slash], name[..slash].ToLowerInvariant(), StringComparison.Ordinal)))
        {
            (domain, remainder) = (DefaultDomain, name);
        }
        else
        {
            (domain, remainder) = (name[..slash], name[(slash + 1)..]);
        }

        if (domain == LegacyDefaultDomain)
        {
            domain = DefaultDomain;
        }

        if (domain == DefaultDomain && !remainder.Contains('/', StringComparison.Ordinal))
        {
            remainder = OfficialRepoPrefix + remainder;
        }

        return (domain, remainder);
    }

    /// <summary>As opencontainers/go-digest Validate: only registered algorithms, with their exact hex length.</summary>
    private static bool ValidDigest(string digest)
    {
        var colon = digest.IndexOf(':', StringComparison.Ordinal);
        var hexLength = digest.Length - colon - 1;
        return digest[..colon] switch
        {
            "sha256" => hexLength == 64,
            "sha384" => hexLength == 96,
            "sha512" => hexLength == 128,
            _ => false,
        } && LowerHex().IsMatch(digest[(colon + 1)..]);
    }

    [GeneratedRegex(@"^[a-f0-9]{64}\z")]
    private static partial Regex HexIdentifier();

    [GeneratedRegex(@"^[a-f0-9]+\z")]
    private static partial Regex LowerHex();

    // The distribution/reference grammar: domain (DNS name or [IPv6], optional port), lowercase
    // path components joined by '.', '_', '__' or dashes, a tag of word characters, a digest.
    [GeneratedRegex(
        """
        ^(?<name>(?:(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(?<digest>[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?\z
        """,
        RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
