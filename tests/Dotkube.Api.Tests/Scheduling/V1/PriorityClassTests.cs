using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Schema;
using Dotkube.Api.Scheduling.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Scheduling.V1;

public class PriorityClassTests
{
    [Fact]
    public void RoundTrip_PriorityClass_FieldsSitNextToMetadata()
    {
        const string json = """
            {"kind":"PriorityClass","apiVersion":"scheduling.k8s.io/v1","metadata":{"name":"high","creationTimestamp":null},"value":1000000,"globalDefault":false,"description":"for latency-critical services","preemptionPolicy":"Never"}
            """;

        var priorityClass = KubeJson.Deserialize<PriorityClass>(Encoding.UTF8.GetBytes(json));
        var actual = JsonNode.Parse(KubeJson.Serialize(priorityClass));

        Assert.Equal(1_000_000, priorityClass.Value);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), actual), $"re-encoded JSON differs:\n{actual}");
    }

    [Fact]
    public void Serialize_ZeroValue_IsWritten()
    {
        var json = JsonNode.Parse(KubeJson.Serialize(new PriorityClass()))!;

        Assert.Equal(0, (int)json["value"]!);
        Assert.Null(json["globalDefault"]);
    }

    [Fact]
    public void Scheme_PriorityClass_IsClusterScoped()
    {
        var info = Scheme.Default.FindResource("scheduling.k8s.io", "v1", "priorityclasses");

        Assert.NotNull(info);
        Assert.Equal(typeof(PriorityClass), info.ClrType);
        Assert.False(info.Namespaced);
        Assert.Equal(["pc"], info.ShortNames);
        Assert.Equal("scheduling.k8s.io/v1", info.ApiVersion);
    }
}
