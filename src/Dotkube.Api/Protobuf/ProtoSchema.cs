using System.Collections.Frozen;

namespace Dotkube.Api.Protobuf;

/// <summary>
/// The message tables of ProtoSchema.g.cs (written by generate.py), parsed once on first use:
/// messages by full proto name, and the proto package of each served apiVersion.
/// </summary>
internal static partial class ProtoSchema
{
    /// <summary>The package of meta.k8s.io/v1 kinds, which every group version also accepts (DeleteOptions, ...).</summary>
    public const string MetaPackage = "k8s.io.apimachinery.pkg.apis.meta.v1";

    private static readonly (FrozenDictionary<string, ProtoMessage> Messages, FrozenDictionary<string, string> Packages) Parsed = Parse(Table);

    /// <summary>Every message, by fully qualified proto name.</summary>
    public static IReadOnlyDictionary<string, ProtoMessage> Messages => Parsed.Messages;

    /// <summary>Proto package by apiVersion ("v1" → k8s.io.api.core.v1).</summary>
    public static IReadOnlyDictionary<string, string> Packages => Parsed.Packages;

    public static ProtoMessage? Find(string fullName) => Parsed.Messages.GetValueOrDefault(fullName);

    /// <summary>
    /// The message of a kind: its group version's package, then meta/v1, as upstream registers
    /// DeleteOptions, Status and the other option kinds in every group version.
    /// </summary>
    public static ProtoMessage? FindKind(string apiVersion, string kind)
    {
        if (!Parsed.Packages.TryGetValue(apiVersion, out var package))
        {
            return null;
        }

        return Find(package + "." + kind) ?? Find(MetaPackage + "." + kind);
    }

    private static (FrozenDictionary<string, ProtoMessage>, FrozenDictionary<string, string>) Parse(string table)
    {
        var messages = new Dictionary<string, ProtoMessage>(StringComparer.Ordinal);
        var packages = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new List<(ProtoMessage Message, List<(ProtoField Field, string Type, string? ValueType)> Fields, string Package)>();
        var package = "";
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (line.StartsWith("package ", StringComparison.Ordinal))
            {
                package = parts[1];
                if (parts[2] != "-")
                {
                    packages[parts[2]] = package;
                }
            }
            else if (line.StartsWith("message ", StringComparison.Ordinal))
            {
                var special = parts.Length > 2 ? ParseSpecial(parts[2]) : ProtoSpecial.None;
                var message = new ProtoMessage(package + "." + parts[1], special);
                messages.Add(message.FullName, message);
                pending.Add((message, [], package));
            }
            else
            {
                pending[^1].Fields.Add(ParseField(parts, pending[^1].Fields.Count));
            }
        }

        foreach (var (message, fields, fieldPackage) in pending)
        {
            foreach (var (field, type, valueType) in fields)
            {
                if (field.Type == ProtoType.Message)
                {
                    field.Message = Resolve(messages, type, fieldPackage);
                }
                else if (field.Type == ProtoType.Map && field.ValueType == ProtoType.Message)
                {
                    field.ValueMessage = Resolve(messages, valueType!, fieldPackage);
                }
            }

            message.SetFields(fields.Select(f => f.Field).ToList());
        }

        return (messages.ToFrozenDictionary(StringComparer.Ordinal), packages.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>" 3 labels - map&lt;string,string&gt;": number, JSON name, flags (r, p, i or -), type.</summary>
    private static (ProtoField, string, string?) ParseField(string[] parts, int index)
    {
        var number = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var (name, flags, type) = (parts[1], parts[2], parts[3]);
        if (type.StartsWith("map<", StringComparison.Ordinal))
        {
            var comma = type.IndexOf(',', StringComparison.Ordinal);
            var key = type[4..comma];
            var value = type[(comma + 1)..^1];
            var map = new ProtoField(number, name, index, ProtoType.Map)
            {
                KeyType = ScalarOrMessage(key),
                ValueType = ScalarOrMessage(value),
            };
            return (map, type, value);
        }

        var field = new ProtoField(number, name, index, ScalarOrMessage(type))
        {
            Repeated = flags.Contains('r', StringComparison.Ordinal),
            Pointer = flags.Contains('p', StringComparison.Ordinal),
            Inline = flags.Contains('i', StringComparison.Ordinal),
        };
        return (field, type, null);
    }

    private static ProtoMessage Resolve(Dictionary<string, ProtoMessage> messages, string type, string package)
    {
        var fullName = type[0] == '.' ? type[1..] : package + "." + type;
        return messages.TryGetValue(fullName, out var message)
            ? message
            : throw new InvalidOperationException($"ProtoSchema.g.cs refers to unknown message {fullName}");
    }

    private static ProtoType ScalarOrMessage(string type) => type switch
    {
        "double" => ProtoType.Double,
        "float" => ProtoType.Float,
        "int64" => ProtoType.Int64,
        "uint64" => ProtoType.UInt64,
        "int32" => ProtoType.Int32,
        "fixed64" => ProtoType.Fixed64,
        "fixed32" => ProtoType.Fixed32,
        "bool" => ProtoType.Bool,
        "string" => ProtoType.String,
        "bytes" => ProtoType.Bytes,
        "uint32" => ProtoType.UInt32,
        "sfixed32" => ProtoType.SFixed32,
        "sfixed64" => ProtoType.SFixed64,
        "sint32" => ProtoType.SInt32,
        "sint64" => ProtoType.SInt64,
        _ => ProtoType.Message,
    };

    private static ProtoSpecial ParseSpecial(string name) => name switch
    {
        "time" => ProtoSpecial.Time,
        "microtime" => ProtoSpecial.MicroTime,
        "duration" => ProtoSpecial.Duration,
        "rawjson" => ProtoSpecial.RawJson,
        "rawextension" => ProtoSpecial.RawExtension,
        "stringslice" => ProtoSpecial.StringSlice,
        "quantity" => ProtoSpecial.Quantity,
        "intorstring" => ProtoSpecial.IntOrString,
        "schemaorarray" => ProtoSpecial.SchemaOrArray,
        "schemaorbool" => ProtoSpecial.SchemaOrBool,
        "schemaorstringarray" => ProtoSpecial.SchemaOrStringArray,
        _ => throw new InvalidOperationException($"ProtoSchema.g.cs names an unknown special message kind {name}"),
    };
}
