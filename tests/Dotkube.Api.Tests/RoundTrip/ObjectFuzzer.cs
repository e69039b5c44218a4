using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dotkube.Api.Serialization;
using Dotkube.Api.Values;

namespace Dotkube.Api.Tests.RoundTrip;

/// <summary>
/// Fills any API type with deterministic random values by walking its source-generated JSON
/// metadata, as upstream's round-trip fuzzer does for Go types. Values respect the wire rules
/// (times in whole seconds, MicroTime in microseconds, canonical quantities) so that a correct
/// codec must reproduce them exactly.
/// </summary>
internal sealed class ObjectFuzzer(int seed)
{
    private const int MaxDepth = 7;

    private static readonly string[] Quantities = ["0", "100m", "1", "250m", "1Gi", "500Mi", "2k", "1536Mi", "3"];

    private static readonly string[] JsonSnippets =
        ["""{"a":1,"b":[true,null]}""", """[1,"x",{"y":2.5}]""", "\"text\"", "42", "true", "{}"];

    private readonly Random _random = new(seed);

    public object Fill(Type type) => Value(KubeJson.Options.GetTypeInfo(type), null, 0)
        ?? throw new InvalidOperationException($"fuzzer produced null for {type}");

    private object? Value(JsonTypeInfo info, JsonPropertyInfo? property, int depth)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return info.Kind switch
        {
            JsonTypeInfoKind.Object => FillObject(info, depth),
            JsonTypeInfoKind.Enumerable when type == typeof(byte[]) => Bytes(),
            JsonTypeInfoKind.Enumerable => FillList(info, depth),
            JsonTypeInfoKind.Dictionary => FillDictionary(info, depth),
            _ => Scalar(type, property),
        };
    }

    private object FillObject(JsonTypeInfo info, int depth)
    {
        var create = info.CreateObject
            ?? throw new InvalidOperationException($"{info.Type} has no parameterless constructor");
        var obj = create();
        foreach (var property in info.Properties)
        {
            if (property.Set is null)
            {
                continue;
            }

            var optional = property.IsSetNullable || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            if (optional && (depth >= MaxDepth || _random.Next(4) == 0))
            {
                continue;
            }

            var propertyInfo = KubeJson.Options.GetTypeInfo(property.PropertyType);
            var value = Value(propertyInfo, property, depth + 1);
            if (value is not null || optional)
            {
                property.Set(obj, value);
            }
        }

        return obj;
    }

    private object FillList(JsonTypeInfo info, int depth)
    {
        var list = (IList)info.CreateObject!();
        var count = depth >= MaxDepth ? 0 : _random.Next(3);
        var elementInfo = KubeJson.Options.GetTypeInfo(info.ElementType!);
        for (var i = 0; i < count; i++)
        {
            var value = Value(elementInfo, null, depth + 1);
            if (value is not null)
            {
                list.Add(value);
            }
        }

        return list;
    }

    private object FillDictionary(JsonTypeInfo info, int depth)
    {
        var dictionary = (IDictionary)info.CreateObject!();
        var count = depth >= MaxDepth ? 0 : _random.Next(3);
        var valueInfo = KubeJson.Options.GetTypeInfo(info.ElementType!);
        for (var i = 0; i < count; i++)
        {
            var value = Value(valueInfo, null, depth + 1);
            if (value is not null)
            {
                dictionary[Text() + i] = value;
            }
        }

        return dictionary;
    }

    private object? Scalar(Type type, JsonPropertyInfo? property)
    {
        if (type == typeof(string)) return Text();
        if (type == typeof(byte[])) return Bytes();
        if (type == typeof(int)) return _random.Next(-5, 100_000);
        if (type == typeof(long)) return _random.NextInt64(-5, 10_000_000_000);
        if (type == typeof(bool)) return _random.Next(2) == 0;
        if (type == typeof(double)) return Math.Round(_random.NextDouble() * 1000, 3);
        if (type == typeof(DateTimeOffset)) return Time(property?.CustomConverter is MicroTimeConverter, required: property?.PropertyType == typeof(DateTimeOffset));
        if (type == typeof(Quantity)) return Quantity.Parse(Quantities[_random.Next(Quantities.Length)]);
        if (type == typeof(JsonElement)) return JsonDocument.Parse(JsonSnippets[_random.Next(JsonSnippets.Length)]).RootElement.Clone();
        if (type == typeof(IntOrString))
        {
            return _random.Next(2) == 0 ? IntOrString.FromInt(_random.Next(0, 65535)) : IntOrString.FromString(Text());
        }

        // Types with a custom converter and no generic shape (e.g. CRD schema unions) are left absent.
        return null;
    }

    private DateTimeOffset Time(bool micro, bool required)
    {
        // A required time that is zero travels as null (upstream's rule): cover that path too. An
        // optional time is null when absent, so zero is not one of its values.
        if (required && _random.Next(8) == 0)
        {
            return default;
        }

        var seconds = _random.NextInt64(0, 4_000_000_000);
        var time = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return micro ? time.AddTicks(_random.Next(0, 1_000_000) * 10L) : time;
    }

    private string Text()
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-./_ \"\\é😀";
        var length = _random.Next(1, 12);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[_random.Next(alphabet.Length - 2)];
        }

        // Occasionally a non-BMP character, which JSON must escape as a surrogate pair.
        return _random.Next(10) == 0 ? new string(chars) + "😀" : new string(chars);
    }

    private byte[] Bytes()
    {
        var bytes = new byte[_random.Next(0, 16)];
        _random.NextBytes(bytes);
        return bytes;
    }
}
