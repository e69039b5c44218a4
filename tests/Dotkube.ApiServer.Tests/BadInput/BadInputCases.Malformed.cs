using System.Text;
using static Dotkube.ApiServer.Tests.BadInput.Bodies;
using static Dotkube.ApiServer.Tests.BadInput.Upstream;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    /// <summary>
    /// Bodies that are not JSON (or YAML). Upstream's JSON serializer first reads apiVersion and
    /// kind with encoding/json, which validates the whole document, so every syntax error is
    /// "couldn't get version/kind" and the kind unknown; YAML fails earlier, converting to JSON.
    /// </summary>
    private static void Malformed(CaseSet set, CaseSet.Category add)
    {
        var cms = ResourceKind.ConfigMaps;
        var notJson = JsonSyntax("ConfigMap");
        var valid = Body(Manifests.ConfigMap(set.Fresh()));

        add.Add("POST configmaps empty body", HttpMethod.Post, cms.Collection, Json, "", notJson);
        add.Add("POST configmaps lone brace", HttpMethod.Post, cms.Collection, Json, "{", notJson);
        add.Add("POST configmaps truncated inside a string", HttpMethod.Post, cms.Collection, Json, valid[..30], notJson);
        add.Add("POST configmaps trailing comma", HttpMethod.Post, cms.Collection, Json,
            Body(Manifests.ConfigMap(set.Fresh()))[..^1] + ",}", notJson);
        add.Add("POST configmaps single-quoted strings", HttpMethod.Post, cms.Collection, Json,
            Body(Manifests.ConfigMap(set.Fresh())).Replace('"', '\''), notJson);
        add.Add("POST configmaps unquoted keys", HttpMethod.Post, cms.Collection, Json,
            $"{{apiVersion:\"v1\",kind:\"ConfigMap\",metadata:{{name:\"{set.Fresh()}\"}}}}", notJson);
        add.Add("POST configmaps JavaScript comment", HttpMethod.Post, cms.Collection, Json,
            "/* cm */" + Body(Manifests.ConfigMap(set.Fresh())), notJson);
        add.Add("POST configmaps top-level array", HttpMethod.Post, cms.Collection, Json, "[]", notJson);
        add.Add("POST configmaps top-level string", HttpMethod.Post, cms.Collection, Json, "\"ConfigMap\"", notJson);
        add.Add("POST configmaps top-level number", HttpMethod.Post, cms.Collection, Json, "42", notJson);
        add.Add("POST configmaps garbage after the object", HttpMethod.Post, cms.Collection, Json,
            Body(Manifests.ConfigMap(set.Fresh())) + " trailing", notJson);
        add.Add("POST configmaps two concatenated objects", HttpMethod.Post, cms.Collection, Json,
            Body(Manifests.ConfigMap(set.Fresh())) + Body(Manifests.ConfigMap(set.Fresh())), notJson);
        // Go's encoding/json does not skip a byte order mark: "invalid character 'ï'".
        add.Add("POST configmaps UTF-8 byte order mark", HttpMethod.Post, cms.Collection, Json,
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Body(Manifests.ConfigMap(set.Fresh())))], notJson);
        add.Add("POST configmaps binary garbage", HttpMethod.Post, cms.Collection, Json,
            [0x00, 0xFF, 0xFE, 0x01, 0x7B, 0x80, 0x00], notJson);
        add.Add("POST configmaps invalid escape", HttpMethod.Post, cms.Collection, Json,
            Body(Manifests.ConfigMap(set.Fresh())).Replace("\"v\"", "\"\\x41\"", StringComparison.Ordinal), notJson);
        add.Add("POST configmaps NaN value", HttpMethod.Post, cms.Collection, Json,
            Body(Manifests.ConfigMap(set.Fresh())).Replace("\"v\"", "NaN", StringComparison.Ordinal), notJson);
        add.Add("POST configmaps number with leading zero", HttpMethod.Post, cms.Collection, Json,
            Body(Manifests.ConfigMap(set.Fresh())).Replace("\"v\"", "01", StringComparison.Ordinal), notJson);
        // "null" is valid JSON: it decodes to an empty ConfigMap (kind defaulted from the URL),
        // which then fails validation for want of a name.
        add.Add("POST configmaps null body", HttpMethod.Post, cms.Collection, Json, "null",
            Invalid("ConfigMap", "", FieldRequired("metadata.name", UpstreamMessages.NameRequired)));

        foreach (var kind in ResourceKind.All)
        {
            var body = Body(Manifests.Of(kind, set.Fresh()));
            add.Add($"POST {kind.Plural} truncated to half", HttpMethod.Post, kind.Collection, Json, body[..(body.Length / 2)],
                JsonSyntax(kind.Name));
            var update = Body(Manifests.Of(kind, kind.Seeded));
            add.Add($"PUT {kind.Plural} truncated before the last brace", HttpMethod.Put, kind.SeededItem, Json, update[..^1],
                JsonSyntax(kind.Name));
        }

        var notYaml = YamlSyntax("ConfigMap");
        add.Add("POST configmaps YAML mapping inside a scalar", HttpMethod.Post, cms.Collection, Yaml, "a: b: c\n", notYaml);
        add.Add("POST configmaps YAML tab indentation", HttpMethod.Post, cms.Collection, Yaml,
            $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: {set.Fresh()}\n", notYaml);
        add.Add("POST configmaps YAML unclosed flow sequence", HttpMethod.Post, cms.Collection, Yaml,
            $"apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: {set.Fresh()}, labels: [a, b}}\n", notYaml);
        add.Add("POST configmaps YAML unterminated quote", HttpMethod.Post, cms.Collection, Yaml,
            $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \"{set.Fresh()}\n", notYaml);
        add.Add("POST configmaps YAML alias to an unknown anchor", HttpMethod.Post, cms.Collection, Yaml,
            $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {set.Fresh()}\ndata: *nowhere\n", notYaml);
        add.Add("POST configmaps YAML alias bomb", HttpMethod.Post, cms.Collection, Yaml, AliasBomb(),
            YamlSyntax("ConfigMap", "document contains excessive aliasing"));
        // A YAML sequence converts to a JSON array, which then has no kind to read.
        add.Add("POST configmaps YAML top-level sequence", HttpMethod.Post, cms.Collection, Yaml, "- a\n- b\n", notJson);
        add.Add("POST deployments YAML unclosed flow mapping", HttpMethod.Post, ResourceKind.Deployments.Collection, Yaml,
            $"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {set.Fresh()}\nspec: {{replicas: 1\n", YamlSyntax("Deployment"));
        add.Add("PUT pods YAML bad indentation", HttpMethod.Put, ResourceKind.Pods.SeededItem, Yaml,
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-a\n    labels: {}\n", YamlSyntax("Pod"));
    }

    private static UpstreamAnswer JsonSyntax(string into) =>
        Unrecognized(into).WithPrefix($"the object provided is unrecognized (must be of type {into}): couldn't get version/kind; json parse error: ");

    private static UpstreamAnswer YamlSyntax(string into, string? detail = null) =>
        Unrecognized(into).WithPrefix($"the object provided is unrecognized (must be of type {into}): error converting YAML to JSON: yaml: {detail}");

    /// <summary>"Billion laughs": nine levels of nine aliases each, 387 million nodes if expanded.</summary>
    private static string AliasBomb()
    {
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [")
                .AppendJoin(",", Enumerable.Repeat("*" + previous, 9)).Append("]\n");
        }

        return yaml.ToString();
    }
}
