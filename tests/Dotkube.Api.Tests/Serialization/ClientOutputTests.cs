using System.Text.Json.Nodes;
using Dotkube.Api.Defaulting;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;
using Dotkube.Api.Validation;

namespace Dotkube.Api.Tests.Serialization;

/// <summary>
/// Objects as real clients write them, saved once in Manifests/: `kubectl/` from kubectl 1.32
/// (`kubectl create ... --dry-run=client -o json`), `python/` from the Debian python3-kubernetes
/// client (`ApiClient().sanitize_for_serialization`) and `javascript/` from @kubernetes/client-node
/// (`ObjectSerializer.serialize`); each folder has its generator. They decode strictly, re-encode to the same
/// JSON, and pass defaulting and validation as the server applies them on create.
/// </summary>
public class ClientOutputTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Manifests");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var client in new[] { "kubectl", "python", "javascript" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Root, client), "*.json").Order(StringComparer.Ordinal))
            {
                data.Add($"{client}/{Path.GetFileName(file)}");
            }
        }

        return data;
    }

    [Fact]
    public void Fixtures_ArePresent() => Assert.True(Files().Count >= 40);

    [Theory]
    [MemberData(nameof(Files))]
    public void Decode_ClientOutput_ReencodesToTheSameJson(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Root, file));

        var decoded = KubeDecoder.Decode(bytes, FieldValidation.Strict);
        var written = KubeJson.Serialize(decoded.Object, decoded.Resource.ClrType);

        Assert.Empty(decoded.Warnings);
        Assert.True(SameJson(JsonNode.Parse(bytes), JsonNode.Parse(written)),
            $"{file}: re-encoded JSON differs\n{System.Text.Encoding.UTF8.GetString(written)}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CreatePath_ClientOutput_DefaultsAndValidatesCleanly(string file)
    {
        var decoded = KubeDecoder.Decode(File.ReadAllBytes(Path.Combine(Root, file)), FieldValidation.Strict);
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

    /// <summary>
    /// JSON equality allowing what an upstream server adds too: fields the client left out that Go
    /// writes as zero values (creationTimestamp: null, status: {}, resources: {}, replicas: 0), and the one
    /// documented difference (ADR 0001): a nil slice without omitempty is null in Go, [] here.
    /// </summary>
    private static bool SameJson(JsonNode? sent, JsonNode? written) => (sent, written) switch
    {
        (null, JsonArray { Count: 0 }) => true,
        (JsonObject s, JsonObject w) =>
            s.All(p => w.ContainsKey(p.Key) && SameJson(p.Value, w[p.Key]))
            && w.Where(p => !s.ContainsKey(p.Key)).All(p => IsEmpty(p.Value)),
        (JsonArray s, JsonArray w) => s.Count == w.Count && s.Select((v, i) => SameJson(v, w[i])).All(same => same),
        _ => JsonNode.DeepEquals(sent, written),
    };

    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonObject o => o.All(p => IsEmpty(p.Value)),
        JsonArray a => a.Count == 0,
        JsonValue v => v.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.Number => v.GetValue<double>() == 0,
            System.Text.Json.JsonValueKind.False => true,
            System.Text.Json.JsonValueKind.String => v.GetValue<string>().Length == 0,
            _ => false,
        },
        _ => false,
    };
}
