using System.Text.Json.Nodes;
using Dotkube.Api.Schema;

namespace Dotkube.Api.OpenApi;

internal sealed partial class PathBuilder
{
    private static readonly GroupVersionKind ScaleGvk = new("autoscaling", "v1", "Scale");

    private static readonly string[] ConnectMethods = ["GET", "POST"];

    private static readonly string[] ProxyMethods = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"];

    private static readonly string[] ExecParameters = ["command", "container", "stderr", "stdin", "stdout", "tty"];

    private static readonly string[] AttachParameters = ["container", "stderr", "stdin", "stdout", "tty"];

    private static readonly string[] LogParameters =
        ["container", "follow", "insecureSkipTLSVerifyBackend", "limitBytes", "previous", "sinceSeconds", "stream", "tailLines", "timestamps"];

    private void Subresource(ResourceInfo r, string subresource)
    {
        switch (subresource)
        {
            case "status":
            case "ephemeralcontainers":
                ObjectSubresource(r, subresource, r.ClrType, r.Gvk, read: true, patch: true);
                break;
            case "scale":
                ObjectSubresource(r, subresource, typeof(Autoscaling.V1.Scale), ScaleGvk, read: true, patch: true);
                break;
            case "finalize":
                ObjectSubresource(r, subresource, r.ClrType, r.Gvk, read: false, patch: false);
                break;
            case "binding":
                CreateSubresource(r, subresource, typeof(Core.V1.Binding), new("", "v1", "Binding"));
                break;
            case "eviction":
                CreateSubresource(r, subresource, typeof(Policy.V1.Eviction), new("policy", "v1", "Eviction"));
                break;
            case "token":
                CreateSubresource(r, subresource, typeof(Authentication.V1.TokenRequest), new("authentication.k8s.io", "v1", "TokenRequest"));
                break;
            case "log":
                Log(r);
                break;
            case "exec":
                Connect(r, subresource, ConnectMethods, "PodExecOptions", ExecParameters);
                break;
            case "attach":
                Connect(r, subresource, ConnectMethods, "PodAttachOptions", AttachParameters);
                break;
            case "portforward":
                Connect(r, subresource, ConnectMethods, "PodPortForwardOptions", ["ports"]);
                break;
            case "proxy":
                Connect(r, subresource, ProxyMethods, r.Kind + "ProxyOptions", ["path"]);
                Connect(r, subresource, ProxyMethods, r.Kind + "ProxyOptions", [], withPath: true);
                break;
        }
    }

    /// <summary>read, replace and patch of a subresource whose body is an object (status, scale, ...).</summary>
    private void ObjectSubresource(ResourceInfo r, string subresource, Type body, GroupVersionKind gvk, bool read, bool patch)
    {
        var id = OperationSuffix(r, subresource);
        JsonObject Obj() => schemas.Ref(body);
        var item = new JsonObject();
        if (read)
        {
            item["get"] = _operations.Make("get", $"read {subresource} of the specified {r.Kind}", "read" + id, gvk,
                Operations.Responses(Obj, Operations.ObjectMedia, "200"));
        }

        item["put"] = _operations.Make("put", $"replace {subresource} of the specified {r.Kind}", "replace" + id, gvk,
            Operations.Responses(Obj, Operations.ObjectMedia, "200", "201"), Parameters.Sorted(Parameters.Write),
            Operations.Body(Obj, Operations.AnyMedia, required: true));
        if (patch)
        {
            item["patch"] = PatchOperation($"partially update {subresource} of the specified {r.Kind}", "patch" + id, gvk, Obj);
        }

        Add(SubresourcePath(r, subresource), item, ScopeParameters(r, named: true, gvk.Kind));
    }

    /// <summary>A POST-only subresource with its own body kind (binding, eviction, token).</summary>
    private void CreateSubresource(ResourceInfo r, string subresource, Type body, GroupVersionKind gvk)
    {
        JsonObject Obj() => schemas.Ref(body);
        var item = new JsonObject
        {
            ["post"] = _operations.Make("post", $"create {subresource} of a {r.Kind}", "create" + OperationSuffix(r, subresource), gvk,
                Operations.Responses(Obj, Operations.ObjectMedia, "200", "201", "202"), Parameters.Sorted(Parameters.Write),
                Operations.Body(Obj, Operations.AnyMedia, required: true)),
        };
        Add(SubresourcePath(r, subresource), item, ScopeParameters(r, named: true, gvk.Kind));
    }

    private void Log(ResourceInfo r)
    {
        var item = new JsonObject
        {
            ["get"] = _operations.Make("get", $"read log of the specified {r.Kind}", "read" + OperationSuffix(r, "log"), r.Gvk,
                Operations.Responses(PlainString, Operations.TextMedia, "200")),
        };
        JsonObject[] scope = r.Namespaced ? [Parameters.Name(r.Kind), Parameters.Namespace()] : [Parameters.Name(r.Kind)];
        Add(SubresourcePath(r, "log"), item, Parameters.Sorted(LogParameters.Append("pretty"), scope));
    }

    /// <summary>Streaming subresources (exec, attach, portforward, proxy): one "connect" operation per method.</summary>
    private void Connect(ResourceInfo r, string subresource, string[] methods, string optionsKind, string[] query, bool withPath = false)
    {
        var gvk = new GroupVersionKind("", "v1", optionsKind);
        var scope = r.Namespaced ? $"Namespaced{r.Kind}" : r.Kind;
        var suffix = GroupVersionNames.Capitalize(subresource) + (withPath ? "WithPath" : "");
        var item = new JsonObject();
        foreach (var method in methods)
        {
            var verb = GroupVersionNames.Capitalize(method.ToLowerInvariant());
            item[method.ToLowerInvariant()] = _operations.Make("connect", $"connect {method} requests to {subresource} of {r.Kind}",
                $"connect{gv.OperationInfix}{verb}{scope}{suffix}", gvk, Operations.Responses(PlainString, Operations.AnyMedia, "200"));
        }

        var path = SubresourcePath(r, subresource) + (withPath ? "/{path}" : "");
        var parameters = new List<JsonObject> { Parameters.Name(optionsKind) };
        if (r.Namespaced)
        {
            parameters.Add(Parameters.Namespace());
        }

        if (withPath)
        {
            parameters.Add(Parameters.ProxyPath());
        }

        Add(path, item, Parameters.Sorted(query, [.. parameters]));
    }

    private string OperationSuffix(ResourceInfo r, string subresource) =>
        gv.OperationInfix + (r.Namespaced ? "Namespaced" : "") + r.Kind + GroupVersionNames.Capitalize(subresource);

    private string SubresourcePath(ResourceInfo r, string subresource) =>
        gv.PathPrefix + (r.Namespaced ? "/namespaces/{namespace}/" : "/") + r.Plural + "/{name}/" + subresource;

    private static JsonObject PlainString() => new() { ["type"] = "string" };
}
