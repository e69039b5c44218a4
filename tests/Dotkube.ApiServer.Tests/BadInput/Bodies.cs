using System.Text;
using System.Text.Json.Nodes;

namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>Content types and body-making helpers shared by the case generators.</summary>
public static class Bodies
{
    public const string Json = "application/json";
    public const string Yaml = "application/yaml";
    public const string JsonPatch = "application/json-patch+json";
    public const string MergePatch = "application/merge-patch+json";
    public const string StrategicPatch = "application/strategic-merge-patch+json";
    public const string ApplyPatch = "application/apply-patch+yaml";

    /// <summary>
    /// Deeper than Go's encoding/json and yaml.v2 allow (10000), so upstream's answer is
    /// certain; dotkube's own limit is lower, and depths between the two are deliberately
    /// not tested (upstream accepts them).
    /// </summary>
    public const int TooDeep = 20_000;

    /// <summary>Sets <paramref name="path"/> ("spec.containers[0].image") in <paramref name="root"/>, creating objects on the way.</summary>
    public static JsonObject Set(JsonObject root, string path, JsonNode? value)
    {
        JsonNode current = root;
        var steps = path.Split('.');
        for (var i = 0; i < steps.Length; i++)
        {
            var (key, index) = Step(steps[i]);
            var last = i == steps.Length - 1;
            if (index is null)
            {
                var obj = current.AsObject();
                if (last)
                {
                    obj[key] = value;
                    break;
                }

                current = obj[key] ??= new JsonObject();
                continue;
            }

            var array = current[key]!.AsArray();
            if (last)
            {
                array[index.Value] = value;
                break;
            }

            current = array[index.Value]!;
        }

        return root;
    }

    public static JsonObject Remove(JsonObject root, string parentPath, string key)
    {
        JsonNode parent = root;
        foreach (var step in parentPath.Split('.'))
        {
            var (name, index) = Step(step);
            parent = index is null ? parent[name]! : parent[name]![index.Value]!;
        }

        parent.AsObject().Remove(key);
        return root;
    }

    /// <summary>A JSON value nested <paramref name="depth"/> arrays deep: "[[[...]]]".</summary>
    public static string NestedArrays(int depth) => new string('[', depth) + new string(']', depth);

    /// <summary>A JSON value nested <paramref name="depth"/> objects deep: {"a":{"a":...{}}}.</summary>
    public static string NestedObjects(int depth)
    {
        var text = new StringBuilder(depth * 6);
        text.Insert(0, "{\"a\":", depth).Append("{}").Append('}', depth);
        return text.ToString();
    }

    /// <summary>A string of <paramref name="length"/> 'x' characters, for bodies of a chosen size.</summary>
    public static string Filler(int length) => new('x', length);

    private static (string Key, int? Index) Step(string step)
    {
        var open = step.IndexOf('[', StringComparison.Ordinal);
        return open < 0 ? (step, null) : (step[..open], int.Parse(step[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
