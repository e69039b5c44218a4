using System.Text;
using Dotkube.Api.Meta;

namespace Dotkube.Api.Serialization;

/// <summary>
/// YAML in and out, as upstream does it: YAML is read by converting it to JSON the way
/// sigs.k8s.io/yaml does (YAML 1.1 scalars, non-string keys as strings), and written by
/// converting the JSON encoding to YAML (<see cref="FromJson"/>).
/// </summary>
public static class KubeYaml
{
    /// <summary>Upstream's rule for a body: JSON when the first non-space byte opens an object (or array).</summary>
    public static bool IsJson(ReadOnlySpan<byte> data)
    {
        var trimmed = data.TrimStart(" \t\r\n\f\v"u8);
        if (trimmed.StartsWith("\uFEFF"u8))
        {
            trimmed = trimmed[3..].TrimStart(" \t\r\n"u8);
        }

        return !trimmed.IsEmpty && trimmed[0] is (byte)'{' or (byte)'[';
    }

    /// <summary>Converts the first YAML document to JSON ("null" for an empty one).</summary>
    /// <exception cref="DecodeException">Malformed YAML ("error converting YAML to JSON: yaml: line 3: ..."), excessive aliasing, too deep.</exception>
    public static byte[] ToJson(ReadOnlySpan<byte> yaml) => ToJson(yaml, out _);

    /// <param name="duplicates">Duplicate keys as yaml.v2's strict mode reports them ("line 4: key \"a\" already set in map").</param>
    public static byte[] ToJson(ReadOnlySpan<byte> yaml, out IReadOnlyList<string> duplicates) =>
        YamlJsonWriter.ToJson(YamlTreeBuilder.Build(yaml), out duplicates);

    /// <summary>
    /// Splits a stream as upstream's YAMLReader does: a line starting with "---" ends a
    /// document, and may be followed only by spaces or a comment. Empty chunks are dropped;
    /// chunks holding only comments are kept (they convert to null, which callers skip).
    /// </summary>
    public static IReadOnlyList<byte[]> SplitDocuments(ReadOnlySpan<byte> stream)
    {
        var documents = new List<byte[]>();
        var start = 0;
        var position = 0;
        while (position < stream.Length)
        {
            var newline = stream[position..].IndexOf((byte)'\n');
            var end = newline < 0 ? stream.Length : position + newline + 1;
            var line = stream[position..end];
            if (line.StartsWith("---"u8))
            {
                var rest = Encoding.UTF8.GetString(line[3..]).Trim();
                if (rest.Length > 0 && rest[0] != '#')
                {
                    throw new DecodeException($"invalid Yaml document separator: {rest}") { DocumentIndex = documents.Count };
                }

                if (position > start)
                {
                    documents.Add(stream[start..position].ToArray());
                }

                start = end;
            }

            position = end;
        }

        if (stream.Length > start)
        {
            documents.Add(stream[start..].ToArray());
        }

        return documents;
    }

    /// <summary>
    /// JSON to YAML as sigs.k8s.io/yaml's JSONToYAML: block style, two-space indent, list
    /// items level with their key, strings quoted only where YAML would read them as something
    /// else. Upstream sorts mapping keys (it round-trips through Go maps), so
    /// <paramref name="sortKeys"/> defaults to true; false keeps the JSON's order.
    /// </summary>
    public static string FromJson(ReadOnlySpan<byte> json, bool sortKeys = true) => JsonYamlEmitter.Emit(json, sortKeys);

    /// <summary>Serializes a registered kind (apiVersion and kind set from the scheme) as YAML.</summary>
    public static string SerializeObject(KubeObject obj, bool sortKeys = true) => FromJson(KubeJson.SerializeObject(obj), sortKeys);

    /// <summary>Serializes any type in the JSON context as YAML.</summary>
    public static string Serialize<T>(T value, bool sortKeys = true) => FromJson(KubeJson.Serialize(value), sortKeys);
}
