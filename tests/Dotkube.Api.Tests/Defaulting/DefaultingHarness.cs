using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Defaulting;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Defaulting;

/// <summary>Decodes a kind from JSON, defaults it and compares the JSON it writes.</summary>
internal static class DefaultingHarness
{
    public static T Defaulted<T>(string json)
        where T : KubeObject
    {
        var obj = KubeJson.Deserialize<T>(Encoding.UTF8.GetBytes(json));
        ObjectDefaults.Apply(obj);
        return obj;
    }

    public static JsonNode ToJson(object obj) => JsonNode.Parse(KubeJson.Serialize(obj, obj.GetType()))!;

    /// <summary>Equal as JSON values (key order aside); the message shows the actual document.</summary>
    public static void AssertJson(string expected, object actual)
    {
        var actualNode = ToJson(actual);
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expected), actualNode),
            $"expected:\n{JsonNode.Parse(expected)!.ToJsonString()}\nactual:\n{actualNode.ToJsonString()}");
    }

    /// <summary>The same object, defaulted once more, writes the same JSON.</summary>
    public static void AssertIdempotent(KubeObject obj)
    {
        var once = ToJson(obj).ToJsonString();
        ObjectDefaults.Apply(obj);
        Assert.Equal(once, ToJson(obj).ToJsonString());
    }
}
