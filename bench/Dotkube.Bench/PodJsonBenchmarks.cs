using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Bench;

/// <summary>
/// Encode and decode of a typical ~2 KB running Pod. The anchor is the same System.Text.Json
/// codec driven by reflection instead of the source-generated metadata, measured side by side;
/// the ratio column shows what source generation buys on the API server's hottest path.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PodJsonBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new TimeConverter() },
        MaxDepth = KubeJson.MaxDepth,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private byte[] _json = [];
    private Pod _pod = new();

    public static byte[] LoadFixture() =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pod.json"));

    [GlobalSetup]
    public void Setup()
    {
        _json = LoadFixture();
        _pod = KubeJson.Deserialize<Pod>(_json);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("serialize")]
    public byte[] SerializeReflection() => JsonSerializer.SerializeToUtf8Bytes(_pod, ReflectionOptions);

    [Benchmark, BenchmarkCategory("serialize")]
    public byte[] SerializeSourceGenerated() => KubeJson.Serialize(_pod);

    [Benchmark(Baseline = true), BenchmarkCategory("deserialize")]
    public Pod? DeserializeReflection() => JsonSerializer.Deserialize<Pod>(_json, ReflectionOptions);

    [Benchmark, BenchmarkCategory("deserialize")]
    public Pod DeserializeSourceGenerated() => KubeJson.Deserialize<Pod>(_json);
}
