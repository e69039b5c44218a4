using System.Buffers.Text;
using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.ApiServer.Security;
using Dotkube.ApiServer.Security.ServiceAccounts;
using Dotkube.ApiServer.Tests.Security;
using Dotkube.Testing;

namespace Dotkube.ApiServer.Tests.ServiceAccounts;

public sealed class ServiceAccountTokenAuthenticatorTests : IDisposable
{
    private const string Issuer = "https://kubernetes.default.svc.cluster.local";

    private readonly TempDataDir _dir = new();
    private readonly ClusterPki _pki;
    private readonly ManualTime _time = new();
    private readonly Dictionary<(Type, string), KubeObject> _objects = [];
    private readonly ServiceAccountTokenAuthenticator _authenticator;

    public ServiceAccountTokenAuthenticatorTests()
    {
        _pki = _dir.Pki(TimeProvider.System);
        _authenticator = new ServiceAccountTokenAuthenticator(_pki.ServiceAccountKey, Issuer, [Issuer],
            (kind, ns, name, _) => ValueTask.FromResult(_objects.GetValueOrDefault((kind, $"{ns}/{name}"))), _time);
        Add(new ServiceAccount { Metadata = new ObjectMeta { Name = "robot", Namespace = "ns", Uid = "sa-uid" } });
        Add(new Pod { Metadata = new ObjectMeta { Name = "p", Namespace = "ns", Uid = "pod-uid" } });
    }

    public void Dispose()
    {
        _pki.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task A_token_we_signed_authenticates_as_its_service_account_with_the_bound_pod_in_extra()
    {
        var user = await _authenticator.AuthenticateAsync(Sign(Claims()), CancellationToken.None);

        Assert.NotNull(user);
        Assert.Equal("system:serviceaccount:ns:robot", user.Name);
        Assert.Equal("sa-uid", user.Uid);
        Assert.Equal(["system:serviceaccounts", "system:serviceaccounts:ns"], user.Groups);
        Assert.Equal(["p"], user.Extra["authentication.kubernetes.io/pod-name"]);
        Assert.Equal(["pod-uid"], user.Extra["authentication.kubernetes.io/pod-uid"]);
        Assert.Equal(["JTI=jti-1"], user.Extra[UserInfo.CredentialIdKey]);
    }

    [Fact]
    public async Task A_token_stays_good_for_a_minute_past_its_expiry_and_no_longer()
    {
        var token = Sign(Claims());

        _time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(59));
        Assert.NotNull(await _authenticator.AuthenticateAsync(token, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(await _authenticator.AuthenticateAsync(token, CancellationToken.None));
    }

    [Fact]
    public async Task A_token_for_other_audiences_or_another_issuer_is_not_ours()
    {
        Assert.Null(await _authenticator.AuthenticateAsync(Sign(Claims() with { Audiences = ["vault"] }), CancellationToken.None));
        Assert.Null(await _authenticator.AuthenticateAsync(Sign(Claims() with { Issuer = "https://elsewhere" }), CancellationToken.None));
    }

    [Fact]
    public async Task A_token_whose_service_account_or_pod_was_recreated_or_deleted_is_refused()
    {
        var token = Sign(Claims());

        Add(new Pod { Metadata = new ObjectMeta { Name = "p", Namespace = "ns", Uid = "another-pod-uid" } });
        Assert.Null(await _authenticator.AuthenticateAsync(token, CancellationToken.None));

        _objects.Remove((typeof(Pod), "ns/p"));
        Assert.Null(await _authenticator.AuthenticateAsync(token, CancellationToken.None));

        var unbound = Sign(Claims() with { Pod = null });
        Assert.NotNull(await _authenticator.AuthenticateAsync(unbound, CancellationToken.None));
        Add(new ServiceAccount { Metadata = new ObjectMeta { Name = "robot", Namespace = "ns", Uid = "new-sa-uid" } });
        Assert.Null(await _authenticator.AuthenticateAsync(unbound, CancellationToken.None));
    }

    [Fact]
    public async Task A_tampered_token_an_unsigned_one_or_one_signed_by_another_key_is_refused()
    {
        var token = Sign(Claims());
        var parts = token.Split('.');
        var forged = Claims() with { ServiceAccount = new ObjectRef("admin", "sa-uid") };
        var tampered = $"{parts[0]}.{Base64Url.EncodeToString(forged.ToJson())}.{parts[2]}";
        var unsigned = $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""{"alg":"none"}"""))}.{parts[1]}.";
        using var otherDir = new TempDataDir();
        using var other = otherDir.Pki(TimeProvider.System);

        Assert.Null(await _authenticator.AuthenticateAsync(tampered, CancellationToken.None));
        Assert.Null(await _authenticator.AuthenticateAsync(unsigned, CancellationToken.None));
        Assert.Null(await _authenticator.AuthenticateAsync(Jwt.Sign(other.ServiceAccountKey, Claims().ToJson()), CancellationToken.None));
        Assert.Null(await _authenticator.AuthenticateAsync("not-a-jwt", CancellationToken.None));
    }

    [Fact]
    public void The_signing_key_is_created_once_kept_private_and_reused()
    {
        var path = _dir.Tls(ServiceAccountKey.FileName);
        var keyId = _pki.ServiceAccountKey.KeyId;
        var before = File.ReadAllText(path);

        using var again = _dir.Pki(TimeProvider.System);

        Assert.Equal(keyId, again.ServiceAccountKey.KeyId);
        Assert.Equal(before, File.ReadAllText(path));
        Assert.StartsWith("-----BEGIN RSA PRIVATE KEY-----", before, StringComparison.Ordinal);
        Assert.Equal(FileModes.Mode0600, FileModes.Of(path));
    }

    private ServiceAccountClaims Claims() =>
        new(Issuer, [Issuer], _time.GetUtcNow().AddMinutes(10), _time.GetUtcNow(), "jti-1", "ns", new ObjectRef("robot", "sa-uid"))
        {
            Pod = new ObjectRef("p", "pod-uid"),
        };

    private string Sign(ServiceAccountClaims claims) => Jwt.Sign(_pki.ServiceAccountKey, claims.ToJson());

    private void Add(KubeObject obj) => _objects[(obj.GetType(), $"{obj.Metadata.Namespace}/{obj.Metadata.Name}")] = obj;
}
