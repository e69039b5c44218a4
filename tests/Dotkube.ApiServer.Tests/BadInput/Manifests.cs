using System.Text.Json.Nodes;

namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// Valid manifests of the kinds in <see cref="ResourceKind.All"/>. Each call returns a fresh
/// node tree, so a case can break its own copy.
/// </summary>
public static class Manifests
{
    /// <summary>The namespace every namespaced object of the suite lives in.</summary>
    public const string Ns = "bad-input";

    public static JsonObject ConfigMap(string name) => Named(name, """
        {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"NAME","labels":{"app":"bad-input"}},"data":{"k":"v"}}
        """);

    public static JsonObject Pod(string name) => Named(name, """
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"NAME"},
         "spec":{"containers":[{"name":"c","image":"busybox","resources":{"limits":{"cpu":"100m"}}}]}}
        """);

    public static JsonObject Deployment(string name) => Named(name, """
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"NAME"},
         "spec":{"replicas":1,"selector":{"matchLabels":{"app":"NAME"}},
          "template":{"metadata":{"labels":{"app":"NAME"}},"spec":{"containers":[{"name":"c","image":"busybox"}]}}}}
        """);

    public static JsonObject Service(string name) => Named(name, """
        {"apiVersion":"v1","kind":"Service","metadata":{"name":"NAME"},
         "spec":{"selector":{"app":"web"},"ports":[{"name":"http","port":80,"protocol":"TCP"}]}}
        """);

    public static JsonObject Namespace(string name) => Named(name, """
        {"apiVersion":"v1","kind":"Namespace","metadata":{"name":"NAME"},"spec":{"finalizers":["kubernetes"]}}
        """);

    public static JsonObject Node(string name) => Named(name, """
        {"apiVersion":"v1","kind":"Node","metadata":{"name":"NAME"},"spec":{"unschedulable":false}}
        """);

    /// <summary>A fresh manifest of <paramref name="kind"/> named <paramref name="name"/>.</summary>
    public static JsonObject Of(ResourceKind kind, string name) => kind.Name switch
    {
        "ConfigMap" => ConfigMap(name),
        "Pod" => Pod(name),
        "Deployment" => Deployment(name),
        "Service" => Service(name),
        "Namespace" => Namespace(name),
        "Node" => Node(name),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind.Name, "no manifest for this kind"),
    };

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static JsonObject Named(string name, string template) => Parse(template.Replace("NAME", name, StringComparison.Ordinal));
}
