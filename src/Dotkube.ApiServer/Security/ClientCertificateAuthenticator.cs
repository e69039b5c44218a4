using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Dotkube.ApiServer.Security;

/// <summary>
/// Upstream's x509 authenticator: a client certificate that chains to the client CA and allows
/// clientAuth is user CN, groups O, extra credential-id X509SHA256=&lt;fingerprint&gt;. An empty CN
/// authenticates no one. No revocation check (upstream has none either).
/// </summary>
public sealed class ClientCertificateAuthenticator
{
    private const string CommonNameOid = "2.5.4.3";
    private const string OrganizationOid = "2.5.4.10";
    private const string ClientAuthOid = "1.3.6.1.5.5.7.3.2";
    private const string ExtendedKeyUsageOid = "2.5.29.37";

    /// <summary>How long a rejection is remembered for a connection before the chain is built again.</summary>
    private static readonly TimeSpan RejectionTtl = TimeSpan.FromMinutes(1);

    private readonly X509Certificate2 _clientCa;
    private readonly TimeProvider _time;

    // Kestrel hands every request on a connection the same certificate object, so verdicts keyed
    // by that object spare a chain build (tens of microseconds) per request, and die with the connection.
    private readonly ConditionalWeakTable<X509Certificate2, Verdict> _verdicts = [];

    public ClientCertificateAuthenticator(X509Certificate2 clientCa, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(clientCa);
        ArgumentNullException.ThrowIfNull(time);
        _clientCa = clientCa;
        _time = time;
    }

    public UserInfo? Authenticate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var now = _time.GetUtcNow();
        if (_verdicts.TryGetValue(certificate, out var cached) && now < cached.Until)
        {
            return cached.User;
        }

        var verdict = Verify(certificate, now);
        _verdicts.AddOrUpdate(certificate, verdict);
        return verdict.User;
    }

    private Verdict Verify(X509Certificate2 certificate, DateTimeOffset now)
    {
        var rejected = new Verdict(null, now + RejectionTtl);

        // X509Chain counts a certificate without EKU as good for every purpose (so does Go); the leaf
        // must name clientAuth explicitly so a CA or serving certificate can never log in.
        if (!HasClientAuthUsage(certificate))
        {
            return rejected;
        }

        using var chain = TrustChains.Rooted(_clientCa, now);
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid(ClientAuthOid));
        if (!chain.Build(certificate))
        {
            return rejected;
        }

        var user = UserFrom(certificate);
        if (user is null)
        {
            return rejected;
        }

        // Good until the first certificate in the chain expires; then it is checked again (and fails).
        var until = chain.ChainElements.Min(e => new DateTimeOffset(e.Certificate.NotAfter.ToUniversalTime()));
        return new Verdict(user, until);
    }

    private static bool HasClientAuthUsage(X509Certificate2 certificate)
    {
        var raw = certificate.Extensions.FirstOrDefault(e => e.Oid?.Value == ExtendedKeyUsageOid);
        if (raw is null)
        {
            return false;
        }

        var usages = new X509EnhancedKeyUsageExtension(raw, raw.Critical).EnhancedKeyUsages;
        return usages.Cast<Oid>().Any(oid => oid.Value == ClientAuthOid);
    }

    /// <summary>
    /// CN (the last one, as Go's pkix.Name keeps) and every O. Multi-valued RDNs are skipped: we never
    /// issue them, and skipping can only drop groups or the name, never grant more.
    /// </summary>
    private static UserInfo? UserFrom(X509Certificate2 certificate)
    {
        string? commonName = null;
        var groups = new List<string>();
        foreach (var rdn in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            if (rdn.HasMultipleElements)
            {
                continue;
            }

            var type = rdn.GetSingleElementType().Value;
            var value = rdn.GetSingleElementValue();
            if (type == CommonNameOid)
            {
                commonName = value;
            }
            else if (type == OrganizationOid && value is not null)
            {
                groups.Add(value);
            }
        }

        if (string.IsNullOrEmpty(commonName))
        {
            return null;
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(certificate.RawData));
        var extra = new Dictionary<string, IReadOnlyList<string>> { [UserInfo.CredentialIdKey] = [$"X509SHA256={fingerprint}"] };
        return new UserInfo(commonName, "", groups, extra);
    }

    private sealed record Verdict(UserInfo? User, DateTimeOffset Until);
}
