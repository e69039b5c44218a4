namespace Dotkube.Api.Patching;

/// <summary>A decoded JSON object that keeps key order, so results keep the original's field order.</summary>
internal sealed class PatchMap() : OrderedDictionary<string, object?>(StringComparer.Ordinal);
