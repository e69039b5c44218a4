using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.ApiServer.Security.ServiceAccounts;

/// <summary>Finds an object for token validation: the watch cache first, storage on a miss (as upstream's lister-then-client getter).</summary>
public delegate ValueTask<KubeObject?> ObjectLookup(Type kind, string ns, string name, CancellationToken ct);

/// <summary>
/// Upstream's service-account JWT authenticator: a token counts when our key signed it (RS256),
/// our issuer issued it, it names one of the API server's audiences, it is within its lifetime
/// (a minute's leeway, as go-jose), and what it names still exists with the same uid: the
/// ServiceAccount and the pod, secret or node it is bound to (objects deleted less than a minute
/// ago still count, as upstream). The user is system:serviceaccount:&lt;ns&gt;:&lt;name&gt; in
/// system:serviceaccounts and system:serviceaccounts:&lt;ns&gt;, with the bound pod, node and the
/// token's jti in its extra. Anything else is not ours: null, and the next authenticator may try.
/// <para>
/// There is no authorization yet (every authenticated user may do everything, as upstream's
/// AlwaysAllow mode), so a pod's token is as powerful as the admin's until RBAC arrives.
/// </para>
/// </summary>
public sealed class ServiceAccountTokenAuthenticator(ServiceAccountKey key, string issuer, IReadOnlyList<string> audiences, ObjectLookup lookup,
    TimeProvider time)
{
    /// <summary>go-jose's DefaultLeeway, which upstream's validator uses for exp, nbf, iat and deletions.</summary>
    public static readonly TimeSpan Leeway = TimeSpan.FromMinutes(1);

    public async ValueTask<UserInfo?> AuthenticateAsync(string token, CancellationToken ct)
    {
        if (!Jwt.LooksLikeJwt(token) || Jwt.Verify(key.Rsa, token) is not { } payload
            || ServiceAccountClaims.Parse(payload) is not { } claims || claims.Issuer != issuer)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (now - Leeway > claims.Expiry || now + Leeway < claims.IssuedAt || (claims.NotBefore is { } nbf && now + Leeway < nbf)
            || !claims.Audiences.Intersect(audiences, StringComparer.Ordinal).Any())
        {
            return null;
        }

        var deletedBefore = now - Leeway;
        var serviceAccount = await LiveAsync<ServiceAccount>(claims.Namespace, claims.ServiceAccount, deletedBefore, ct);
        if (serviceAccount is null
            || (claims.Pod is { } pod && await LiveAsync<Pod>(claims.Namespace, pod, deletedBefore, ct) is null)
            || (claims.Secret is { } secret && await LiveAsync<Secret>(claims.Namespace, secret, deletedBefore, ct) is null)
            || (claims.Pod is null && claims.Node is { } node && await LiveAsync<Node>("", node, deletedBefore, ct) is null))
        {
            return null;
        }

        return new UserInfo(claims.Subject, claims.ServiceAccount.Uid, ServiceAccountNames.Groups(claims.Namespace), Extra(claims));
    }

    private async ValueTask<T?> LiveAsync<T>(string ns, ObjectRef reference, DateTimeOffset deletedBefore, CancellationToken ct)
        where T : KubeObject
    {
        var found = await lookup(typeof(T), ns, reference.Name, ct) as T;
        return found is null || found.Metadata.Uid != reference.Uid || found.Metadata.DeletionTimestamp < deletedBefore ? null : found;
    }

    private static Dictionary<string, IReadOnlyList<string>> Extra(ServiceAccountClaims claims)
    {
        var extra = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (claims.Pod is { } pod)
        {
            extra[ServiceAccountNames.PodNameKey] = [pod.Name];
            extra[ServiceAccountNames.PodUidKey] = [pod.Uid];
        }

        if (claims.Node is { } node)
        {
            extra[ServiceAccountNames.NodeNameKey] = [node.Name];
            extra[ServiceAccountNames.NodeUidKey] = [node.Uid];
        }

        if (claims.Id.Length > 0)
        {
            extra[UserInfo.CredentialIdKey] = ["JTI=" + claims.Id];
        }

        return extra;
    }
}
