using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Dotkube.ApiServer.Metrics;

/// <summary>
/// The metric families one process exposes at <c>/metrics</c>, rendered in the Prometheus text
/// format 0.0.4 with families sorted by name, as client_golang's registry gathers them.
/// Registration is rare and checked (names, duplicates); updates never touch the registry.
/// </summary>
public sealed partial class MetricsRegistry
{
    /// <summary>The Content-Type of <see cref="Render"/>'s output.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly ConcurrentDictionary<string, IMetricFamily> _families = new(StringComparer.Ordinal);

    public MetricFamily<Counter> Counter(string name, string help, params string[] labelNames) =>
        Register(new MetricFamily<Counter>(Check(name), help, MetricType.Counter, CheckLabels(labelNames, histogram: false),
            () => new Counter(), PrometheusText.WriteCounter));

    public MetricFamily<Gauge> Gauge(string name, string help, params string[] labelNames) =>
        Register(new MetricFamily<Gauge>(Check(name), help, MetricType.Gauge, CheckLabels(labelNames, histogram: false),
            () => new Gauge(), PrometheusText.WriteGauge));

    /// <param name="buckets">Upper bounds, strictly increasing; +Inf is implicit.</param>
    public MetricFamily<Histogram> Histogram(string name, string help, IReadOnlyList<double> buckets, params string[] labelNames)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        var bounds = buckets.Where(b => !double.IsPositiveInfinity(b)).ToArray();
        for (var i = 0; i < bounds.Length; i++)
        {
            if (double.IsNaN(bounds[i]) || (i > 0 && bounds[i] <= bounds[i - 1]))
            {
                throw new ArgumentException($"histogram {name}: bucket bounds must be strictly increasing numbers", nameof(buckets));
            }
        }

        return Register(new MetricFamily<Histogram>(Check(name), help, MetricType.Histogram, CheckLabels(labelNames, histogram: true),
            () => new Histogram(bounds), (b, n, labels, h) => PrometheusText.WriteHistogram(b, n, labels, h, bounds)));
    }

    /// <summary>
    /// prometheus.ExponentialBuckets: <paramref name="count"/> bounds from <paramref name="start"/>,
    /// each <paramref name="factor"/> times the last, multiplied step by step as Go does so the
    /// bounds (and their "le" text) come out identical.
    /// </summary>
    public static double[] ExponentialBuckets(double start, double factor, int count)
    {
        var buckets = new double[count];
        for (var i = 0; i < count; i++)
        {
            buckets[i] = start;
            start *= factor;
        }

        return buckets;
    }

    /// <summary>Every family with at least one series, in name order.</summary>
    public string Render()
    {
        var b = new StringBuilder();
        foreach (var family in _families.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            family.WriteTo(b);
        }

        return b.ToString();
    }

    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(Render()), cancellationToken).ConfigureAwait(false);
    }

    private TFamily Register<TFamily>(TFamily family)
        where TFamily : IMetricFamily
    {
        if (!_families.TryAdd(family.Name, family))
        {
            throw new InvalidOperationException($"metric {family.Name} is already registered");
        }

        return family;
    }

    private static string Check(string name) =>
        MetricName().IsMatch(name) ? name : throw new ArgumentException($"invalid metric name {name}", nameof(name));

    private static string[] CheckLabels(string[] labelNames, bool histogram)
    {
        ArgumentNullException.ThrowIfNull(labelNames);
        foreach (var label in labelNames)
        {
            if (!LabelName().IsMatch(label) || label.StartsWith("__", StringComparison.Ordinal) || (histogram && label == "le"))
            {
                throw new ArgumentException($"invalid label name {label}", nameof(labelNames));
            }
        }

        if (labelNames.Distinct(StringComparer.Ordinal).Count() != labelNames.Length)
        {
            throw new ArgumentException("duplicate label names", nameof(labelNames));
        }

        return [.. labelNames];
    }

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricName();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();
}
