namespace Dotkube.ApiServer.Http;

/// <summary>
/// What a request path and method address, parsed as upstream's RequestInfoFactory does:
/// <c>/api/v1/namespaces/{ns}/{resource}/{name}/{subresource}</c> and
/// <c>/apis/{group}/{version}/...</c>, with the deprecated <c>/watch/</c> segment, and
/// <c>/api/v1/namespaces/{name}</c> naming the namespace itself.
/// </summary>
public sealed record RequestInfo
{
    public bool IsResourceRequest { get; init; }

    /// <summary>get, list, watch, create, update, patch, delete, deletecollection (or the lower-cased method for non-resource paths).</summary>
    public string Verb { get; init; } = "";

    public string Group { get; init; } = "";

    public string Version { get; init; } = "";

    public string Namespace { get; init; } = "";

    public string Resource { get; init; } = "";

    public string Name { get; init; } = "";

    public string Subresource { get; init; } = "";

    public bool IsMutating => Verb is "create" or "update" or "patch" or "delete" or "deletecollection";

    /// <summary>Namespace sub-resources that name the namespace itself, not a resource inside it.</summary>
    private static readonly HashSet<string> NamespaceSubresources = ["status", "finalize"];

    /// <summary>
    /// A boolean query parameter as upstream converts one: absent, empty, "0", "f" and "false"
    /// (any case) are false, anything else is true (the Python client sends "True").
    /// </summary>
    public static bool QueryFlag(Microsoft.AspNetCore.Http.IQueryCollection query, string name) =>
        query[name] is { Count: > 0 } values && values[0] is { Length: > 0 } value
        && !value.Equals("0", StringComparison.Ordinal) && !value.Equals("f", StringComparison.OrdinalIgnoreCase)
        && !value.Equals("false", StringComparison.OrdinalIgnoreCase);

    public static RequestInfo Parse(string method, string path, bool watchQuery)
    {
        var verb = method.ToLowerInvariant();
        var parts = path.Trim('/').Split('/', StringSplitOptions.None);
        if (parts.Length == 0 || (parts[0] != "api" && parts[0] != "apis"))
        {
            return new RequestInfo { Verb = verb };
        }

        string group;
        string version;
        int index;
        if (parts[0] == "api")
        {
            if (parts.Length < 3)
            {
                return new RequestInfo { Verb = verb };
            }

            (group, version, index) = ("", parts[1], 2);
        }
        else
        {
            if (parts.Length < 4)
            {
                return new RequestInfo { Verb = verb };
            }

            (group, version, index) = (parts[1], parts[2], 3);
        }

        var rest = parts[index..];
        var isWatchPath = false;
        if (rest.Length > 0 && rest[0] == "watch")
        {
            isWatchPath = true;
            rest = rest[1..];
        }

        var ns = "";
        if (rest.Length > 0 && rest[0] == "namespaces" && rest.Length > 1)
        {
            ns = rest[1];
            if (rest.Length > 2 && !NamespaceSubresources.Contains(rest[2]))
            {
                rest = rest[2..];
            }
        }

        if (rest.Length == 0 || rest.Any(p => p.Length == 0))
        {
            return new RequestInfo { Verb = verb };
        }

        var name = rest.Length > 1 ? rest[1] : "";
        verb = (verb, name.Length > 0) switch
        {
            ("get" or "head", false) => isWatchPath || watchQuery ? "watch" : "list",
            ("get" or "head", true) => isWatchPath || watchQuery ? "watch" : "get",
            ("post", _) => "create",
            ("put", _) => "update",
            ("patch", _) => "patch",
            ("delete", false) => "deletecollection",
            ("delete", true) => "delete",
            _ => verb,
        };

        return new RequestInfo
        {
            IsResourceRequest = true,
            Verb = verb,
            Group = group,
            Version = version,
            Namespace = ns,
            Resource = rest[0],
            Name = name,
            Subresource = rest.Length > 2 ? rest[2] : "",
        };
    }
}
