using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dotkube.Api.Serialization;

/// <summary>
/// Builds the first document of a YAML text into <see cref="YamlNode"/>s, without recursion
/// (YamlDotNet's parser is event based, the tree is built with an explicit stack), so depth
/// is checked before it can exhaust the stack. Like yaml.v2's Unmarshal, documents after the
/// first are ignored; callers split streams first.
/// </summary>
internal static partial class YamlTreeBuilder
{
    private const string YamlStr = "tag:yaml.org,2002:str";
    private const string YamlBinary = "tag:yaml.org,2002:binary";

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns null for an empty document (only comments or whitespace), as YAMLToJSON yields JSON null.</summary>
    public static YamlNode? Build(ReadOnlySpan<byte> yaml)
    {
        string text;
        try
        {
            text = s_strictUtf8.GetString(yaml);
        }
        catch (DecoderFallbackException)
        {
            throw YamlError("yaml: invalid leading UTF-8 octet");
        }

        try
        {
            return Build(new Parser(new StringReader(text)));
        }
        catch (YamlException e)
        {
            throw YamlError($"yaml: line {e.Start.Line}: {Describe(e)}");
        }
    }

    internal static DecodeException YamlError(string message) => new($"error converting YAML to JSON: {message}");

    private static YamlNode? Build(IParser parser)
    {
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var open = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<YamlNode>();
        YamlNode? root = null;
        var started = false;
        while (parser.MoveNext())
        {
            var ev = parser.Current!;
            var line = (int)ev.Start.Line;
            YamlNode? complete = null;
            switch (ev)
            {
                case DocumentStart:
                    if (started)
                    {
                        return root;
                    }

                    started = true;
                    break;
                case DocumentEnd:
                    return root;
                case Scalar scalar:
                    complete = YamlNode.NewScalar(ResolveScalar(scalar), line);
                    Register(anchors, scalar.Anchor, complete);
                    break;
                case AnchorAlias alias:
                    var name = alias.Value.Value;
                    if (!anchors.TryGetValue(name, out var target))
                    {
                        throw YamlError($"yaml: line {line}: unknown anchor '{name}' referenced");
                    }

                    if (open.Contains(target))
                    {
                        throw YamlError($"yaml: anchor '{name}' value contains itself");
                    }

                    complete = YamlNode.NewAlias(name, target, line);
                    break;
                case MappingStart or SequenceStart:
                    if (stack.Count >= KubeJson.MaxDepth)
                    {
                        throw YamlError($"yaml: line {line}: exceeded max depth of {KubeJson.MaxDepth}");
                    }

                    var kind = ev is MappingStart ? YamlNodeKind.Mapping : YamlNodeKind.Sequence;
                    var collection = YamlNode.NewCollection(kind, line);
                    Register(anchors, ((NodeEvent)ev).Anchor, collection);
                    open.Add(collection);
                    stack.Push(collection);
                    break;
                case MappingEnd or SequenceEnd:
                    complete = stack.Pop();
                    open.Remove(complete);
                    break;
            }

            if (complete is not null)
            {
                if (stack.Count == 0)
                {
                    root = complete;
                }
                else
                {
                    stack.Peek().Children.Add(complete);
                }
            }
        }

        return root;
    }

    private static void Register(Dictionary<string, YamlNode> anchors, AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    private static YamlScalar ResolveScalar(Scalar scalar)
    {
        // Quoted and block scalars are always strings; so are !!str and any tag yaml.v2 does not resolve.
        if (scalar.Style != ScalarStyle.Plain)
        {
            return YamlScalar.String(scalar.Value);
        }

        if (!scalar.Tag.IsEmpty)
        {
            var tag = scalar.Tag.Value;
            var standard = tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal);
            if (!standard || tag is YamlStr or YamlBinary)
            {
                return YamlScalar.String(scalar.Value);
            }
        }

        return YamlScalarResolver.Resolve(scalar.Value);
    }

    /// <summary>YamlDotNet's message without its mark prefix, lower-cased as yaml.v2 words them.</summary>
    private static string Describe(YamlException e)
    {
        var message = MarkPrefix().Replace(e.Message, "").Trim();
        if (message.Length > 0 && char.IsUpper(message[0]) && (message.Length == 1 || !char.IsUpper(message[1])))
        {
            message = char.ToLowerInvariant(message[0]) + message[1..];
        }

        return message.TrimEnd('.');
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
