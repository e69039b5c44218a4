using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.RoundTrip;

/// <summary>Structural equality of API objects over their JSON metadata; returns the path of the first difference.</summary>
internal static class ObjectComparer
{
    public static string? FirstDifference(object? expected, object? actual, Type type) =>
        Compare(expected, actual, KubeJson.Options.GetTypeInfo(type), "");

    private static string? Compare(object? expected, object? actual, JsonTypeInfo info, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    if (property.Get is null)
                    {
                        continue;
                    }

                    var difference = Compare(property.Get(expected), property.Get(actual),
                        KubeJson.Options.GetTypeInfo(property.PropertyType), $"{path}.{property.Name}");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonTypeInfoKind.Enumerable when expected is byte[] bytes:
                return bytes.AsSpan().SequenceEqual((byte[])actual) ? null : $"{path}: bytes differ";
            case JsonTypeInfoKind.Enumerable:
                var left = ((IEnumerable)expected).Cast<object?>().ToList();
                var right = ((IEnumerable)actual).Cast<object?>().ToList();
                if (left.Count != right.Count)
                {
                    return $"{path}: {left.Count} items vs {right.Count}";
                }

                var elementInfo = KubeJson.Options.GetTypeInfo(info.ElementType!);
                for (var i = 0; i < left.Count; i++)
                {
                    var difference = Compare(left[i], right[i], elementInfo, $"{path}[{i}]");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonTypeInfoKind.Dictionary:
                var expectedMap = (IDictionary)expected;
                var actualMap = (IDictionary)actual;
                if (expectedMap.Count != actualMap.Count)
                {
                    return $"{path}: {expectedMap.Count} entries vs {actualMap.Count}";
                }

                var valueInfo = KubeJson.Options.GetTypeInfo(info.ElementType!);
                foreach (DictionaryEntry entry in expectedMap)
                {
                    if (!actualMap.Contains(entry.Key))
                    {
                        return $"{path}[{entry.Key}]: missing";
                    }

                    var difference = Compare(entry.Value, actualMap[entry.Key], valueInfo, $"{path}[{entry.Key}]");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                var same = expected switch
                {
                    JsonElement a => JsonElement.DeepEquals(a, (JsonElement)actual),
                    byte[] bytes => bytes.AsSpan().SequenceEqual((byte[])actual),
                    string or ValueType or Dotkube.Api.Values.Quantity => expected.Equals(actual),
                    // Unions with their own converter (CRD schema-or-bool, ...) compare by their JSON.
                    _ => KubeJson.Serialize(expected, info.Type).AsSpan().SequenceEqual(KubeJson.Serialize(actual, info.Type)),
                };
                return same ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }
    }

    private static string Show(object? value) => value?.ToString() ?? "null";
}
