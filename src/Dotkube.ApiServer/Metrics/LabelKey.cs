namespace Dotkube.ApiServer.Metrics;

/// <summary>The label values of one series, compared by value, so a family can find its child without allocating.</summary>
internal readonly struct LabelKey(string[] values) : IEquatable<LabelKey>
{
    public string[] Values { get; } = values;

    public bool Equals(LabelKey other) => Values.AsSpan().SequenceEqual(other.Values);

    public override bool Equals(object? obj) => obj is LabelKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in Values)
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
