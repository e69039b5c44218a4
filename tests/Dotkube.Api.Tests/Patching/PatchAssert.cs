using System.Text.Json.Nodes;
using Dotkube.Api.Patching;

namespace Dotkube.Api.Tests.Patching;

/// <summary>Helpers for patch tests: JSON written with single quotes for readability.</summary>
internal static class PatchAssert
{
    public static readonly PatchMeta PodMeta = PatchMeta.For(typeof(TestPod), PatchTestJsonContext.Default.Options);

    public static JsonNode Json(string text) => JsonNode.Parse(text.Replace('\'', '"'))!;

    public static JsonObject Obj(string text) => (JsonObject)Json(text);

    public static void Equal(string expected, JsonNode? actual)
    {
        var want = Json(expected);
        Assert.True(JsonNode.DeepEquals(want, actual), $"expected {want.ToJsonString()}\nactual   {actual?.ToJsonString()}");
    }

    public static JsonObject Smp(string original, string patch) =>
        StrategicMergePatch.Apply(Obj(original), Obj(patch), PodMeta);
}
