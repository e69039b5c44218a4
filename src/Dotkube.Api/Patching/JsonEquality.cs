using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dotkube.Api.Patching;

/// <summary>Structural JSON equality for the <c>test</c> operation: objects ignore key order, numbers compare by value.</summary>
internal static class JsonEquality
{
    public static bool Equal(JsonNode? left, JsonNode? right)
    {
        switch (left, right)
        {
            case (null, null):
                return true;
            case (JsonObject a, JsonObject b):
                return a.Count == b.Count && a.All(p => b.TryGetPropertyValue(p.Key, out var other) && Equal(p.Value, other));
            case (JsonArray a, JsonArray b):
                return a.Count == b.Count && a.Select((item, i) => Equal(item, b[i])).All(x => x);
            case (JsonValue a, JsonValue b):
                var kind = a.GetValueKind();
                if (kind != b.GetValueKind())
                {
                    return false;
                }

                return kind switch
                {
                    JsonValueKind.String => a.GetValue<string>() == b.GetValue<string>(),
                    JsonValueKind.Number => NumberEqual(a.ToJsonString(), b.ToJsonString()),
                    _ => true,
                };
            default:
                return false;
        }
    }

    private static bool NumberEqual(string a, string b)
    {
        if (decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
        {
            return x == y;
        }

        return double.Parse(a, CultureInfo.InvariantCulture) == double.Parse(b, CultureInfo.InvariantCulture);
    }
}
