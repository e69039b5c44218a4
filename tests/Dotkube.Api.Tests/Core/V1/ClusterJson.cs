using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Core.V1;

/// <summary>Decode/encode helpers for the cluster-side core/v1 JSON tests.</summary>
internal static class ClusterJson
{
    public static T Decode<T>(string json) => KubeJson.Deserialize<T>(Encoding.UTF8.GetBytes(json));

    public static string Encode<T>(T value) => Encoding.UTF8.GetString(KubeJson.Serialize(value));

    /// <summary>Decodes, re-encodes and asserts the output is the same JSON document (key order aside).</summary>
    public static T AssertRoundTrips<T>(string json)
    {
        var value = Decode<T>(json);
        var written = Encode(value);
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)),
            $"re-encoded JSON differs.\nexpected: {JsonNode.Parse(json)!.ToJsonString()}\nactual:   {written}");
        return value;
    }
}
