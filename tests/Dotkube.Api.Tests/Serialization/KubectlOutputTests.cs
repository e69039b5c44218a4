using System.Text.Json.Nodes;
using Dotkube.Api.Defaulting;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;
using Dotkube.Api.Validation;

namespace Dotkube.Api.Tests.Serialization;

/// <summary>
/// Objects as the real kubectl 1.32 writes them (`kubectl create ... --dry-run=client -o json`,
/// saved in Manifests/kubectl): they decode strictly, re-encode to the very same JSON (including
/// Go's `creationTimestamp: null` and empty `status: {}`), and pass defaulting and validation as
/// the server would apply them on create.
/// </summary>
public class KubectlOutputTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Manifests", "kubectl");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Fixtures_ArePresent() => Assert.True(Files().Count >= 20);

    [Theory]
    [MemberData(nameof(Files))]
    public void Decode_KubectlOutput_ReencodesToTheSameJson(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Directory, file));

        var decoded = KubeDecoder.Decode(bytes, FieldValidation.Strict);
        var written = KubeJson.Serialize(decoded.Object, decoded.Resource.ClrType);

        Assert.Empty(decoded.Warnings);
        Assert.True(SameJson(JsonNode.Parse(bytes), JsonNode.Parse(written)),
            $"{file}: re-encoded JSON differs\n{System.Text.Encoding.UTF8.GetString(written)}");
    }

    /// <summary>
    /// JSON equality with the one documented difference (ADR 0001): a Go nil slice that is not
    /// omitempty is written null (e.g. an aggregated ClusterRole's "rules"); we write [].
    /// </summary>
    private static bool SameJson(JsonNode? expected, JsonNode? actual) => (expected, actual) switch
    {
        (null, JsonArray { Count: 0 }) => true,
        (JsonObject e, JsonObject a) => e.Count == a.Count && e.All(p => a.ContainsKey(p.Key) && SameJson(p.Value, a[p.Key])),
        (JsonArray e, JsonArray a) => e.Count == a.Count && e.Select((v, i) => SameJson(v, a[i])).All(same => same),
        _ => JsonNode.DeepEquals(expected, actual),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void CreatePath_KubectlOutput_DefaultsAndValidatesCleanly(string file)
    {
        var decoded = KubeDecoder.Decode(File.ReadAllBytes(Path.Combine(Directory, file)), FieldValidation.Strict);
        var obj = (KubeObject)decoded.Object;
        if (decoded.Resource.Namespaced)
        {
            // The server takes the namespace from the request path.
            obj.Metadata.Namespace ??= "default";
        }

        ObjectDefaults.Apply(obj);
        var errors = ObjectValidation.ValidateCreate(obj);

        Assert.True(errors.Count == 0, $"{file}: {string.Join("; ", errors)}");
    }
}
