using System.Collections.Concurrent;
using Dotkube.Api.Authentication.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;

namespace Dotkube.Kubelet.Volumes;

/// <summary>
/// The kubelet's token manager: projected serviceAccountToken sources get their tokens through
/// serviceaccounts/{name}/token, bound to the pod, cached per (service account, audience,
/// lifetime, pod). A cached token is requested anew once 80% of its lifetime has passed or it is
/// a day old (each less up to 10 s of jitter, so pods do not refresh in lockstep), as upstream.
/// When a refresh fails the cached token is still used while it has not expired.
/// </summary>
public sealed class ServiceAccountTokens(Func<string, string, TokenRequest, CancellationToken, Task<TokenRequest>> request, TimeProvider time,
    Random random)
{
    /// <summary>Upstream's maxTTL: even long-lived tokens are replaced daily.</summary>
    public static readonly TimeSpan MaxTtl = TimeSpan.FromHours(24);

    /// <summary>Upstream's maxJitter.</summary>
    public static readonly TimeSpan MaxJitter = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, TokenRequest> _cache = new(StringComparer.Ordinal);

    public ServiceAccountTokens(KubeClient client, TimeProvider time)
        : this(client.CreateTokenAsync, time, Random.Shared)
    {
    }

    /// <summary>The token for <paramref name="projection"/> in <paramref name="pod"/>; throws <see cref="VolumeSetupException"/> when there is none to use.</summary>
    public async Task<string> GetAsync(Pod pod, ServiceAccountTokenProjection projection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(projection);
        var ns = pod.Metadata.Namespace ?? "";
        var name = pod.Spec.ServiceAccountName ?? "";
        if (name.Length == 0)
        {
            // Only a server without the ServiceAccount admission plugin lets such a pod through.
            throw new VolumeSetupException($"cannot request a service account token for {ns}/{pod.Metadata.Name}: the pod names no service account");
        }

        var wanted = new TokenRequest
        {
            Spec = new TokenRequestSpec
            {
                Audiences = string.IsNullOrEmpty(projection.Audience) ? [] : [projection.Audience],
                ExpirationSeconds = projection.ExpirationSeconds,
                BoundObjectRef = new BoundObjectReference { ApiVersion = "v1", Kind = "Pod", Name = pod.Metadata.Name, Uid = pod.Metadata.Uid },
            },
        };
        var key = string.Join('\n', ns, name, projection.Audience ?? "", projection.ExpirationSeconds, pod.Metadata.Name, pod.Metadata.Uid);
        var cached = _cache.GetValueOrDefault(key);
        if (cached is not null && !RequiresRefresh(cached))
        {
            return cached.Status.Token;
        }

        try
        {
            var issued = await request(ns, name, wanted, ct);
            _cache[key] = issued;
            SweepExpired();
            return issued.Status.Token;
        }
        catch (Exception e) when (e is ApiStatusException or HttpRequestException)
        {
            if (cached is null)
            {
                throw new VolumeSetupException($"failed to fetch token: {e.Message}", e);
            }

            if (Expired(cached))
            {
                throw new VolumeSetupException($"token for {ns}/{name} expired and refresh failed: {e.Message}", e);
            }

            return cached.Status.Token;
        }
    }

    /// <summary>Drops the tokens bound to pod <paramref name="uid"/>, as upstream when a pod goes.</summary>
    public void Forget(string uid)
    {
        foreach (var (key, token) in _cache)
        {
            if (token.Spec.BoundObjectRef?.Uid == uid)
            {
                _cache.TryRemove(key, out _);
            }
        }
    }

    /// <summary>Upstream's requiresRefresh: past maxTTL since issue, or within 20% of the lifetime of expiry, less jitter.</summary>
    internal bool RequiresRefresh(TokenRequest token)
    {
        if (token.Spec.ExpirationSeconds is not { } seconds)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var expiry = token.Status.ExpirationTimestamp;
        var issued = expiry.AddSeconds(-seconds);
        var jitter = TimeSpan.FromSeconds(Math.Floor(random.NextDouble() * MaxJitter.TotalSeconds));
        return now > issued + MaxTtl - jitter || now > expiry.AddSeconds(-seconds * 20 / 100) - jitter;
    }

    private bool Expired(TokenRequest token) => time.GetUtcNow() > token.Status.ExpirationTimestamp;

    private void SweepExpired()
    {
        foreach (var (key, token) in _cache)
        {
            if (Expired(token))
            {
                _cache.TryRemove(key, out _);
            }
        }
    }
}
