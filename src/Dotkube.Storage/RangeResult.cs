namespace Dotkube.Storage;

/// <summary>
/// One page of a range: <see cref="Revision"/> is the snapshot it was read at (pass it back with
/// the last key to read the next page of the same snapshot); <see cref="More"/> says whether keys
/// remain after this page, and <see cref="RemainingCount"/> how many.
/// </summary>
public sealed record RangeResult(IReadOnlyList<KeyValue> Items, long Revision, bool More, long RemainingCount);
