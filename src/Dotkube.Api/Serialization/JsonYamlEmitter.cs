using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dotkube.Api.Serialization;

/// <summary>
/// JSON to YAML with the choices gopkg.in/yaml.v2's encoder makes (through YamlDotNet's port
/// of the same libyaml emitter): a string that would read back as another type (true, 123,
/// null, a timestamp, 1:20) is double-quoted, a multi-line string is a literal block, lines
/// are folded at 80 columns, keys are sorted in yaml.v2's natural order.
/// </summary>
internal static partial class JsonYamlEmitter
{
    public static string Emit(ReadOnlySpan<byte> json, bool sortKeys)
    {
        using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = KubeJson.MaxDepth });
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text, EmitterSettings.Default.WithBestIndent(2).WithBestWidth(80));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        Value(emitter, document.RootElement, sortKeys);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Value(IEmitter emitter, JsonElement element, bool sortKeys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = element.EnumerateObject().Select(p => (p.Name, p.Value)).ToList();
                if (sortKeys)
                {
                    properties.Sort((a, b) => YamlKeyOrder.Compare(a.Name, b.Name));
                }

                var style = properties.Count == 0 ? MappingStyle.Flow : MappingStyle.Block;
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, style));
                foreach (var (name, value) in properties)
                {
                    String(emitter, name);
                    Value(emitter, value, sortKeys);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonValueKind.Array:
                var sequenceStyle = element.GetArrayLength() == 0 ? SequenceStyle.Flow : SequenceStyle.Block;
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, sequenceStyle));
                foreach (var item in element.EnumerateArray())
                {
                    Value(emitter, item, sortKeys);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValueKind.String:
                String(emitter, element.GetString()!);
                break;
            case JsonValueKind.Number:
                Plain(emitter, Number(element.GetRawText()));
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Plain(emitter, element.ValueKind == JsonValueKind.True ? "true" : "false");
                break;
            default:
                Plain(emitter, "null");
                break;
        }
    }

    /// <summary>yaml.v2 reads JSON numbers as int when they fit int64/uint64, else float64 written as Go's 'g'.</summary>
    private static string Number(string raw)
    {
        if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return l.ToString(CultureInfo.InvariantCulture);
        }

        if (ulong.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var u))
        {
            return u.ToString(CultureInfo.InvariantCulture);
        }

        return GoFloat.FormatG(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture), single: false);
    }

    private static void Plain(IEmitter emitter, string value) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false));

    private static void String(IEmitter emitter, string value)
    {
        var style = value.Contains('\n', StringComparison.Ordinal)
            ? ScalarStyle.Literal
            : ReadsAsOtherType(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, style == ScalarStyle.Any, true));
    }

    private static bool ReadsAsOtherType(string value) =>
        YamlScalarResolver.Resolve(value).Kind != YamlScalarKind.String || Base60Float().IsMatch(value) || Timestamp().IsMatch(value);

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")]
    private static partial Regex Base60Float();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ ])[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})?)?$")]
    private static partial Regex Timestamp();
}
