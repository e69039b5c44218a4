using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Controllers.Deployments;

/// <summary>
/// The pod-template-hash that names a Deployment's ReplicaSets and tells their pods apart, and the
/// template comparison that finds a Deployment's new ReplicaSet (upstream's ComputeHash and EqualIgnoreHash).
/// <para>
/// Upstream hashes the Go struct dump of the template with FNV-32a, appends collisionCount as 8
/// little-endian bytes, and spells the decimal digits of the sum in its "safe" alphabet
/// (rand.SafeEncodeString). The same steps run here over a canonical JSON form of the template
/// (keys sorted, empty values dropped), so values look like upstream's and are stable, though not
/// equal to what upstream computes for the same template: no client depends on the exact value.
/// </para>
/// </summary>
internal static class PodTemplateHash
{
    /// <summary>Consonants and digits only, so that no encoded value spells a word (rand.SafeEncodeString).</summary>
    private const string SafeAlphabet = "bcdfghjklmnpqrstvwxz2456789";

    private const uint FnvOffsetBasis = 2166136261;
    private const uint FnvPrime = 16777619;

    public static string Compute(PodTemplateSpec template, int? collisionCount)
    {
        var hash = Fnv1a(Encoding.UTF8.GetBytes(Canonical(template)?.ToJsonString() ?? ""), FnvOffsetBasis);
        if (collisionCount is { } count)
        {
            Span<byte> bytes = stackalloc byte[8];
            BinaryPrimitives.WriteUInt32LittleEndian(bytes, unchecked((uint)count));
            hash = Fnv1a(bytes, hash);
        }

        return SafeEncode(hash.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Whether two templates are equal once the pod-template-hash label is ignored (the
    /// Deployment's template has none; its ReplicaSets' do). Empty and absent lists and maps count
    /// as equal, as upstream's semantic equality.
    /// </summary>
    public static bool EqualIgnoreHash(PodTemplateSpec a, PodTemplateSpec b) =>
        JsonNode.DeepEquals(Canonical(a, dropHashLabel: true), Canonical(b, dropHashLabel: true));

    public static string SafeEncode(string text)
    {
        var encoded = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
            encoded[i] = SafeAlphabet[text[i] % SafeAlphabet.Length];
        return new string(encoded);
    }

    private static uint Fnv1a(ReadOnlySpan<byte> bytes, uint hash)
    {
        foreach (var b in bytes)
            hash = unchecked((hash ^ b) * FnvPrime);
        return hash;
    }

    private static JsonNode? Canonical(PodTemplateSpec template, bool dropHashLabel = false)
    {
        var node = JsonSerializer.SerializeToNode(template, KubeJson.TypeInfo<PodTemplateSpec>());
        if (dropHashLabel && node?["metadata"]?["labels"] is JsonObject labels)
            labels.Remove(AppsLabelKeys.PodTemplateHash);
        return Normalize(node);
    }

    /// <summary>Sorts object keys and drops nulls and empty objects and arrays, recursively; null when nothing is left.</summary>
    private static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var sorted = new JsonObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (Normalize(value) is { } normalized)
                        sorted[key] = normalized;
                }

                return sorted.Count == 0 ? null : sorted;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                    items.Add(Normalize(item));
                return items.Count == 0 ? null : items;
            default:
                return node?.DeepClone();
        }
    }
}
