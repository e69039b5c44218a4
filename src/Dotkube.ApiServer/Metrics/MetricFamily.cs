using System.Collections.Concurrent;
using System.Text;

namespace Dotkube.ApiServer.Metrics;

/// <summary>
/// One metric name with its label names and one child (<see cref="Counter"/>, <see cref="Gauge"/>
/// or <see cref="Histogram"/>) per distinct label values, as client_golang's *Vec. Finding a
/// child is a lock-free dictionary read; keep the child when the labels are fixed to skip even that.
/// A family without label names has exactly one child, rendered from the start as 0.
/// </summary>
public sealed class MetricFamily<T> : IMetricFamily
    where T : class
{
    private readonly ConcurrentDictionary<LabelKey, T> _children = new();
    private readonly Func<T> _create;
    private readonly Action<StringBuilder, string, string, T> _write;

    internal MetricFamily(string name, string help, MetricType type, string[] labelNames, Func<T> create, Action<StringBuilder, string, string, T> write)
    {
        Name = name;
        Help = help;
        Type = type;
        LabelNames = labelNames;
        _create = create;
        _write = write;
        if (labelNames.Length == 0)
        {
            WithLabels();
        }
    }

    public string Name { get; }

    public string Help { get; }

    public MetricType Type { get; }

    public IReadOnlyList<string> LabelNames { get; }

    /// <summary>The child for these label values, in <see cref="LabelNames"/> order; created on first use.</summary>
    public T WithLabels(params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != LabelNames.Count)
        {
            throw new ArgumentException($"{Name} has {LabelNames.Count} labels ({string.Join(", ", LabelNames)}), got {values.Length} values", nameof(values));
        }

        var key = new LabelKey(values);
        return _children.TryGetValue(key, out var child) ? child : _children.GetOrAdd(new LabelKey([.. values]), _ => _create());
    }

    /// <summary>Drops one series, as DeleteLabelValues: for label values that no longer exist (a deleted resource).</summary>
    public bool Remove(params string[] values) => _children.TryRemove(new LabelKey(values), out _);

    void IMetricFamily.WriteTo(StringBuilder b)
    {
        if (_children.IsEmpty)
        {
            // As client_golang: a vector with no series writes no HELP or TYPE either.
            return;
        }

        b.Append("# HELP ").Append(Name).Append(' ');
        PrometheusText.AppendEscaped(b, Help, escapeQuotes: false);
        b.Append("\n# TYPE ").Append(Name).Append(' ').Append(Type switch
        {
            MetricType.Counter => "counter",
            MetricType.Gauge => "gauge",
            _ => "histogram",
        }).Append('\n');

        // Label pairs sorted by name and series by those values, as client_golang's Gather sorts them.
        var order = Enumerable.Range(0, LabelNames.Count).OrderBy(i => LabelNames[i], StringComparer.Ordinal).ToArray();
        var series = _children.ToArray()
            .Select(c => (Labels: PrometheusText.Labels(order.Select(i => (LabelNames[i], c.Key.Values[i]))), Sort: order.Select(i => c.Key.Values[i]).ToArray(), c.Value))
            .OrderBy(s => s.Sort, LabelValuesComparer.Instance);
        foreach (var (labels, _, child) in series)
        {
            _write(b, Name, labels, child);
        }
    }

    private sealed class LabelValuesComparer : IComparer<string[]>
    {
        public static readonly LabelValuesComparer Instance = new();

        public int Compare(string[]? x, string[]? y)
        {
            for (var i = 0; i < x!.Length; i++)
            {
                var c = string.CompareOrdinal(x[i], y![i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        }
    }
}
