using Dotkube.Api.Serialization;

namespace Dotkube.Api.Validation;

/// <summary>
/// Value equality and deep copies of API values through their canonical JSON: what upstream's
/// update rules get from apiequality.Semantic.DeepEqual and DeepCopy. Validation runs once per
/// write, so the serialization cost is not on a hot path.
/// </summary>
internal static class ApiValues
{
    public static bool Same<T>(T a, T b) => KubeJson.Serialize(a).AsSpan().SequenceEqual(KubeJson.Serialize(b));

    public static T Clone<T>(T value) => KubeJson.Deserialize<T>(KubeJson.Serialize(value));
}
