using Dotkube.Api.Authentication.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Kubelet.Volumes;
using Dotkube.Testing;

namespace Dotkube.Kubelet.Tests.Volumes;

public sealed class ServiceAccountTokensTests
{
    private readonly ManualTime _time = new();
    private readonly List<(string Ns, string Name, TokenRequest Request)> _requests = [];
    private Exception? _failWith;

    [Fact]
    public async Task The_first_token_is_requested_bound_to_the_pod_with_the_sources_audience_and_lifetime()
    {
        var tokens = Tokens();

        var token = await tokens.GetAsync(Pod(), Projection(), CancellationToken.None);

        Assert.Equal("token-1", token);
        var (ns, name, request) = Assert.Single(_requests);
        Assert.Equal(("shop", "robot"), (ns, name));
        Assert.Equal(["vault"], request.Spec.Audiences);
        Assert.Equal(3607, request.Spec.ExpirationSeconds);
        Assert.Equal(("v1", "Pod", "web", "pod-uid"),
            (request.Spec.BoundObjectRef!.ApiVersion, request.Spec.BoundObjectRef.Kind, request.Spec.BoundObjectRef.Name, request.Spec.BoundObjectRef.Uid));
    }

    [Fact]
    public async Task A_cached_token_is_reused_until_80_percent_of_its_lifetime_has_passed()
    {
        var tokens = Tokens();
        await tokens.GetAsync(Pod(), Projection(), CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(3607 * 0.8 - 11));
        Assert.Equal("token-1", await tokens.GetAsync(Pod(), Projection(), CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(12));
        Assert.Equal("token-2", await tokens.GetAsync(Pod(), Projection(), CancellationToken.None));
        Assert.Equal(2, _requests.Count);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_old_token_until_it_expires_and_no_token_at_all_fails_the_volume()
    {
        var tokens = Tokens();
        await tokens.GetAsync(Pod(), Projection(), CancellationToken.None);
        _failWith = new HttpRequestException("connection refused");

        _time.Advance(TimeSpan.FromSeconds(3500));
        Assert.Equal("token-1", await tokens.GetAsync(Pod(), Projection(), CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(200));
        await Assert.ThrowsAsync<VolumeSetupException>(() => tokens.GetAsync(Pod(), Projection(), CancellationToken.None));
        var other = Pod();
        other.Metadata.Uid = "other-uid";
        var error = await Assert.ThrowsAsync<VolumeSetupException>(() => tokens.GetAsync(other, Projection(), CancellationToken.None));
        Assert.StartsWith("failed to fetch token: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forgetting_a_pod_drops_its_tokens()
    {
        var tokens = Tokens();
        await tokens.GetAsync(Pod(), Projection(), CancellationToken.None);

        tokens.Forget("pod-uid");

        Assert.Equal("token-2", await tokens.GetAsync(Pod(), Projection(), CancellationToken.None));
    }

    private ServiceAccountTokens Tokens() => new(RequestAsync, _time, new Random(1));

    private Task<TokenRequest> RequestAsync(string ns, string name, TokenRequest request, CancellationToken ct)
    {
        if (_failWith is not null)
            throw _failWith;
        _requests.Add((ns, name, request));
        // The server echoes the spec (defaulted) and answers expiry = now + expirationSeconds.
        return Task.FromResult(new TokenRequest
        {
            Spec = request.Spec,
            Status = new TokenRequestStatus
            {
                Token = $"token-{_requests.Count}",
                ExpirationTimestamp = _time.GetUtcNow().AddSeconds(request.Spec.ExpirationSeconds ?? 3600),
            },
        });
    }

    private static Pod Pod() => new()
    {
        Metadata = new ObjectMeta { Name = "web", Namespace = "shop", Uid = "pod-uid" },
        Spec = new PodSpec { ServiceAccountName = "robot" },
    };

    private static ServiceAccountTokenProjection Projection() => new() { Audience = "vault", ExpirationSeconds = 3607, Path = "token" };
}
