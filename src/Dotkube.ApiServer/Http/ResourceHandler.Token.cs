using Dotkube.Api.Authentication.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Defaulting;
using Dotkube.Api.Meta;
using Dotkube.Api.Validation;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;
using Dotkube.ApiServer.Security.ServiceAccounts;

namespace Dotkube.ApiServer.Http;

/// <summary>
/// serviceaccounts/token as upstream's TokenREST: a TokenRequest for an existing ServiceAccount
/// gets a signed JWT for the API server's audiences unless it names others, valid for
/// expirationSeconds (default 3600, at least 600), bound to a Pod, Secret or Node when asked.
/// Nothing is stored.
/// </summary>
public sealed partial class ResourceHandler
{
    /// <summary>Upstream's WarnOnlyBoundTokenExpirationSeconds: the lifetime the ServiceAccount admission plugin asks for.</summary>
    public const long WarnOnlyBoundTokenExpirationSeconds = 3607;

    /// <summary>Upstream's ExpirationExtensionSeconds (a year): what a pod-bound 3607 s token really lives, with warnafter at 3607 s.</summary>
    public const long ExpirationExtensionSeconds = 365L * 24 * 60 * 60;

    /// <summary>Signs tokens for serviceaccounts/token; null answers that subresource 404.</summary>
    public ServiceAccountKey? ServiceAccountKey { get; init; }

    private async Task CreateTokenAsync(ApiRequest request)
    {
        if (ServiceAccountKey is not { } key)
        {
            throw ApiErrors.PathNotFound();
        }

        var form = Negotiate(request, allowTable: false);
        var tokenRequest = await ReadBodyAsync<TokenRequest>(request);
        var name = request.Info.Name;
        var ns = request.Namespace;
        CheckTokenRequestNames(tokenRequest, name, ns);
        var serviceAccount = (ServiceAccount)await _registry.For<ServiceAccount>().GetRequiredAsync(ns, name, request.Aborted);
        ObjectDefaults.Apply(tokenRequest);
        var spec = tokenRequest.Spec;
        if (spec.Audiences.Count == 0)
        {
            spec.Audiences = [.. _options.EffectiveApiAudiences];
        }

        var now = ObjectStrategy.TruncateToSeconds(Now);
        tokenRequest.ApiVersion = TokenRequest.ApiVersionValue;
        tokenRequest.Kind = TokenRequest.KindValue;
        tokenRequest.Metadata = new ObjectMeta { Name = serviceAccount.Metadata.Name, Namespace = ns, CreationTimestamp = now };
        tokenRequest.Status = new TokenRequestStatus();
        var expiration = spec.ExpirationSeconds!.Value;
        if (ValidateTokenRequest(expiration) is { Count: > 0 } errors)
        {
            throw ApiErrors.Invalid(InvalidObjectStatus.Create("authentication.k8s.io", TokenRequest.KindValue, "", errors));
        }

        var bound = await BoundObjectsAsync(request, spec.BoundObjectRef, name);
        // As upstream (--service-account-extend-token-expiration, on by default): a pod-bound token
        // asked for with the admission plugin's 3607 s lives a year, so kubelets that refresh late
        // do not break workloads; warnafter records when it should have been replaced.
        var lifetime = expiration;
        DateTimeOffset? warnAfter = null;
        if (bound.Pod is not null && expiration == WarnOnlyBoundTokenExpirationSeconds && spec.Audiences.All(_options.EffectiveApiAudiences.Contains))
        {
            warnAfter = now.AddSeconds(expiration);
            lifetime = ExpirationExtensionSeconds;
        }

        var claims = new ServiceAccountClaims(_options.ServiceAccountIssuer, [.. spec.Audiences], now.AddSeconds(lifetime), now,
            Guid.NewGuid().ToString(), ns, Ref(serviceAccount))
        {
            Pod = bound.Pod is null ? null : Ref(bound.Pod),
            Secret = bound.Secret is null ? null : Ref(bound.Secret),
            Node = bound.Node is null ? null : Ref(bound.Node),
            WarnAfter = warnAfter,
        };
        tokenRequest.Status = new TokenRequestStatus { Token = Jwt.Sign(key, claims.ToJson()), ExpirationTimestamp = now.AddSeconds(expiration) };
        await ResponseWriter.WriteAsync(request, 201, tokenRequest, form, null);
    }

    /// <summary>Upstream's ValidateTokenRequest: between ten minutes and 2^32 seconds.</summary>
    private static List<FieldError> ValidateTokenRequest(long expirationSeconds)
    {
        var errors = new List<FieldError>();
        var path = FieldPath.Root("spec", "expirationSeconds");
        if (expirationSeconds < 600)
        {
            errors.Add(FieldError.Invalid(path, expirationSeconds, "may not specify a duration less than 10 minutes"));
        }

        if (expirationSeconds > 1L << 32)
        {
            errors.Add(FieldError.Invalid(path, expirationSeconds, "may not specify a duration larger than 2^32 seconds"));
        }

        return errors;
    }

    private static void CheckTokenRequestNames(TokenRequest tokenRequest, string name, string ns)
    {
        if (tokenRequest.Metadata.Name is { Length: > 0 } bodyName && bodyName != name)
        {
            throw ApiErrors.Invalid(InvalidObjectStatus.Create("authentication.k8s.io", TokenRequest.KindValue, name,
                [FieldError.Invalid(FieldPath.Root("metadata", "name"), bodyName, "must match the service account name if specified")]));
        }

        if (tokenRequest.Metadata.Namespace is { Length: > 0 } bodyNamespace && bodyNamespace != ns)
        {
            throw ApiErrors.Invalid(InvalidObjectStatus.Create("authentication.k8s.io", TokenRequest.KindValue, name,
                [FieldError.Invalid(FieldPath.Root("metadata", "namespace"), bodyNamespace, "must match the service account namespace if specified")]));
        }
    }

    /// <summary>
    /// The objects a token is bound to, as upstream: a Pod (which must run as this service account;
    /// its node comes along when it still exists), a Secret or a Node; a given uid must match.
    /// </summary>
    private async Task<(Pod? Pod, Secret? Secret, Node? Node)> BoundObjectsAsync(ApiRequest request, BoundObjectReference? reference, string serviceAccount)
    {
        if (reference is null)
        {
            return default;
        }

        var (group, version) = SplitApiVersion(reference.ApiVersion ?? "");
        var refName = reference.Name ?? "";
        (Pod? Pod, Secret? Secret, Node? Node) bound;
        string uid;
        switch (reference.Kind)
        {
            case "Pod" when group.Length == 0:
                var pod = (Pod)await _registry.For<Pod>().GetRequiredAsync(request.Namespace, refName, request.Aborted);
                if (pod.Spec.ServiceAccountName != serviceAccount)
                {
                    throw ApiErrors.BadRequest($"cannot bind token for serviceaccount \"{serviceAccount}\" to pod running with different serviceaccount name.");
                }

                var node = pod.Spec.NodeName is { Length: > 0 } nodeName
                    ? await FindAsync(typeof(Node), "", nodeName, request.Aborted) as Node
                    : null;
                bound = (pod, null, node);
                uid = pod.Metadata.Uid ?? "";
                break;
            case "Secret" when group.Length == 0:
                var secret = (Secret)await _registry.For<Secret>().GetRequiredAsync(request.Namespace, refName, request.Aborted);
                bound = (null, secret, null);
                uid = secret.Metadata.Uid ?? "";
                break;
            case "Node" when group.Length == 0:
                var boundNode = (Node)await _registry.For<Node>().GetRequiredAsync("", refName, request.Aborted);
                bound = (null, null, boundNode);
                uid = boundNode.Metadata.Uid ?? "";
                break;
            default:
                throw ApiErrors.BadRequest($"cannot bind token to object of type {group}/{version}, Kind={reference.Kind}");
        }

        if (reference.Uid is { Length: > 0 } wanted && wanted != uid)
        {
            throw ApiErrors.Conflict("", reference.Kind!, refName,
                $"the UID in the bound object reference ({wanted}) does not match the UID in record. The object might have been deleted and then recreated");
        }

        return bound;
    }

    private static (string Group, string Version) SplitApiVersion(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? ("", apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
    }

    private static ObjectRef Ref(KubeObject obj) => new(obj.Metadata.Name ?? "", obj.Metadata.Uid ?? "");
}
