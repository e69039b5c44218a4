using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dotkube.Api.Serialization;

/// <summary>
/// Writes a <see cref="YamlNode"/> tree as JSON the way sigs.k8s.io/yaml's YAMLToJSON does:
/// non-string keys become strings (ints in decimal, floats as Go's 32-bit 'g', bools as
/// "true"/"false"), a repeated key keeps its last value, "&lt;&lt;" merges mappings, and alias
/// expansion is bounded by yaml.v2's rule (more than 100 aliased nodes and over 1000 nodes,
/// with aliased nodes above 99% of a small document, 10% of a large one, is "excessive
/// aliasing"), so an alias bomb fails after about a thousand nodes instead of expanding.
/// Duplicate keys are collected as yaml.v2's UnmarshalStrict words them.
/// </summary>
internal sealed class YamlJsonWriter
{
    private const int AliasRatioRangeLow = 400_000;
    private const int AliasRatioRangeHigh = 4_000_000;

    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly List<string> _duplicates = [];
    private long _decodeCount;
    private long _aliasCount;
    private int _aliasDepth;

    private YamlJsonWriter()
    {
    }

    /// <summary>Converts one document; <paramref name="duplicates"/> gets "line N: key \"x\" already set in map" entries.</summary>
    public static byte[] ToJson(YamlNode? root, out IReadOnlyList<string> duplicates)
    {
        var writer = new YamlJsonWriter();
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            if (root is null)
            {
                json.WriteNullValue();
            }
            else
            {
                writer.Write(json, root, 0);
            }
        }

        duplicates = writer._duplicates;
        return buffer.WrittenSpan.ToArray();
    }

    private void Count()
    {
        _decodeCount++;
        if (_aliasDepth > 0)
        {
            _aliasCount++;
        }

        if (_aliasCount > 100 && _decodeCount > 1000 && (double)_aliasCount / _decodeCount > AllowedAliasRatio(_decodeCount))
        {
            throw YamlTreeBuilder.YamlError("yaml: document contains excessive aliasing");
        }
    }

    private static double AllowedAliasRatio(long decodeCount) => decodeCount switch
    {
        <= AliasRatioRangeLow => 0.99,
        >= AliasRatioRangeHigh => 0.10,
        _ => 0.99 - 0.89 * ((double)(decodeCount - AliasRatioRangeLow) / (AliasRatioRangeHigh - AliasRatioRangeLow)),
    };

    private void Write(Utf8JsonWriter json, YamlNode node, int depth)
    {
        Count();
        switch (node.Kind)
        {
            case YamlNodeKind.Alias:
                _aliasDepth++;
                Write(json, node.Target!, depth);
                _aliasDepth--;
                break;
            case YamlNodeKind.Scalar:
                WriteScalar(json, node.Scalar);
                break;
            case YamlNodeKind.Sequence:
                CheckDepth(depth);
                json.WriteStartArray();
                foreach (var item in node.Children)
                {
                    Write(json, item, depth + 1);
                }

                json.WriteEndArray();
                break;
            default:
                CheckDepth(depth);
                var entries = new MappingEntries();
                Collect(node, entries);
                json.WriteStartObject();
                foreach (var (key, value) in entries.Items)
                {
                    json.WritePropertyName(key);
                    Write(json, value, depth + 1);
                }

                json.WriteEndObject();
                break;
        }
    }

    private static void CheckDepth(int depth)
    {
        // Aliases can nest documents deeper than the text does; the JSON must stay readable.
        if (depth >= KubeJson.MaxDepth)
        {
            throw YamlTreeBuilder.YamlError($"yaml: exceeded max depth of {KubeJson.MaxDepth}");
        }
    }

    private static void WriteScalar(Utf8JsonWriter json, YamlScalar scalar)
    {
        switch (scalar.Kind)
        {
            case YamlScalarKind.String or YamlScalarKind.Merge:
                json.WriteStringValue(scalar.Text);
                break;
            case YamlScalarKind.Float when scalar.Text is "NaN" or "+Inf" or "-Inf":
                throw YamlTreeBuilder.YamlError($"json: unsupported value: {scalar.Text}");
            default:
                json.WriteRawValue(scalar.Text, skipInputValidation: true);
                break;
        }
    }

    /// <summary>Mapping keys in first-seen order; as in yaml.v2, a later key or merge overwrites an earlier value.</summary>
    private void Collect(YamlNode mapping, MappingEntries entries)
    {
        var children = mapping.Children;
        for (var i = 0; i + 1 < children.Count; i += 2)
        {
            Count();
            var key = children[i].Resolve();
            var value = children[i + 1];
            if (key.Kind == YamlNodeKind.Scalar && key.Scalar.Kind == YamlScalarKind.Merge)
            {
                Merge(value, entries);
                continue;
            }

            var name = KeyString(key, value);
            if (!entries.Set(name, value))
            {
                _duplicates.Add($"line {value.Line}: key {GoQuotedKey(key.Scalar)} already set in map");
            }
        }
    }

    private void Merge(YamlNode value, MappingEntries entries)
    {
        var target = value.Resolve();
        if (target.Kind == YamlNodeKind.Mapping)
        {
            _aliasDepth += value.Kind == YamlNodeKind.Alias ? 1 : 0;
            Collect(target, entries);
            _aliasDepth -= value.Kind == YamlNodeKind.Alias ? 1 : 0;
            return;
        }

        if (target.Kind == YamlNodeKind.Sequence)
        {
            // yaml.v2 merges a sequence of mappings last to first, so earlier ones win.
            for (var i = target.Children.Count - 1; i >= 0; i--)
            {
                var item = target.Children[i];
                if (item.Resolve().Kind != YamlNodeKind.Mapping)
                {
                    throw YamlTreeBuilder.YamlError($"yaml: line {item.Line}: map merge requires map or sequence of maps as the value");
                }

                Merge(item, entries);
            }

            return;
        }

        throw YamlTreeBuilder.YamlError($"yaml: line {value.Line}: map merge requires map or sequence of maps as the value");
    }

    private static string KeyString(YamlNode key, YamlNode value)
    {
        if (key.Kind != YamlNodeKind.Scalar)
        {
            throw YamlTreeBuilder.YamlError($"yaml: line {key.Line}: invalid map key: a {key.Kind.ToString().ToLowerInvariant()} cannot be a key");
        }

        var scalar = key.Scalar;
        return scalar.Kind switch
        {
            YamlScalarKind.Float => scalar.Text switch
            {
                "+Inf" => ".inf",
                "-Inf" => "-.inf",
                "NaN" => ".nan",
                _ => GoFloat.FormatG(double.Parse(scalar.Text, System.Globalization.CultureInfo.InvariantCulture), single: true),
            },
            YamlScalarKind.Null => throw YamlTreeBuilder.YamlError(
                $"unsupported map key of type: %!s(<nil>), key: <nil>, value: {DescribeValue(value)}"),
            _ => scalar.Text,
        };
    }

    private static string DescribeValue(YamlNode value)
    {
        var node = value.Resolve();
        return node.Kind == YamlNodeKind.Scalar ? GoQuotedKey(node.Scalar) : node.Kind == YamlNodeKind.Mapping ? "map[interface {}]interface {}{...}" : "[]interface {}{...}";
    }

    /// <summary>The key as Go's %#v prints it: strings quoted, numbers and booleans bare.</summary>
    private static string GoQuotedKey(YamlScalar key) => key.Kind switch
    {
        YamlScalarKind.String or YamlScalarKind.Merge =>
            "\"" + key.Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        YamlScalarKind.Null => "<nil>",
        _ => key.Text,
    };

    private sealed class MappingEntries
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<(string Key, YamlNode Value)> Items { get; } = [];

        /// <summary>Returns false when the key was already present (its value is replaced).</summary>
        public bool Set(string key, YamlNode value)
        {
            if (_index.TryGetValue(key, out var at))
            {
                Items[at] = (key, value);
                return false;
            }

            _index[key] = Items.Count;
            Items.Add((key, value));
            return true;
        }
    }
}
