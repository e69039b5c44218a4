using Dotkube.Api.Schema;

namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// What discovery says about one subresource: the kind its storage answers with (group and
/// version only when another group version's kind, as upstream's GroupVersionKindProvider) and
/// its verbs, sorted, exactly as <c>kubectl get --raw /api/v1</c> shows them.
/// </summary>
internal sealed record SubresourceKind(string? Group, string? Version, string Kind, IReadOnlyList<string> Verbs)
{
    private static readonly string[] GetPatchUpdate = ["get", "patch", "update"];
    private static readonly string[] CreateGet = ["create", "get"];
    private static readonly string[] Create = ["create"];

    /// <summary>Proxy storage connects GET, POST, PUT, PATCH, DELETE (HEAD and OPTIONS map to no verb).</summary>
    private static readonly string[] ProxyVerbs = ["create", "delete", "get", "patch", "update"];

    /// <summary>Throws for a subresource with no entry, so a new one gets its upstream shape on purpose.</summary>
    public static SubresourceKind Of(ResourceInfo parent, string subresource) => subresource switch
    {
        "status" or "ephemeralcontainers" or "resize" or "approval" => new(null, null, parent.Kind, GetPatchUpdate),
        "scale" => new("autoscaling", "v1", "Scale", GetPatchUpdate),
        "log" => new(null, null, parent.Kind, ["get"]),
        "eviction" => new("policy", "v1", "Eviction", Create),
        "binding" => new(null, null, "Binding", Create),
        "exec" => new(null, null, "PodExecOptions", CreateGet),
        "attach" => new(null, null, "PodAttachOptions", CreateGet),
        "portforward" => new(null, null, "PodPortForwardOptions", CreateGet),
        "proxy" => new(null, null, parent.Kind + "ProxyOptions", ProxyVerbs),
        "finalize" => new(null, null, parent.Kind, ["update"]),
        "token" => new("authentication.k8s.io", "v1", "TokenRequest", Create),
        _ => throw new InvalidOperationException(
            $"no discovery entry for subresource {parent.Plural}/{subresource}; add its upstream kind and verbs to {nameof(SubresourceKind)}"),
    };
}
