using System.Text;
using Dotkube.Api.Serialization;

namespace Dotkube.ApiServer.Metrics;

/// <summary>
/// Pieces of the text exposition format 0.0.4: escaping (help text escapes backslash and
/// newline, label values also the double quote), label sets and the sample lines per type.
/// </summary>
internal static class PrometheusText
{
    public static void AppendEscaped(StringBuilder b, string text, bool escapeQuotes)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '"' when escapeQuotes: b.Append("\\\""); break;
                default: b.Append(c); break;
            }
        }
    }

    /// <summary>'name="value",...' without braces; "" for no labels.</summary>
    public static string Labels(IEnumerable<(string Name, string Value)> labels)
    {
        var b = new StringBuilder();
        foreach (var (name, value) in labels)
        {
            if (b.Length > 0)
            {
                b.Append(',');
            }

            b.Append(name).Append("=\"");
            AppendEscaped(b, value, escapeQuotes: true);
            b.Append('"');
        }

        return b.ToString();
    }

    public static void WriteCounter(StringBuilder b, string name, string labels, Counter counter) =>
        Sample(b, name, "", labels, null, counter.Value);

    public static void WriteGauge(StringBuilder b, string name, string labels, Gauge gauge) =>
        Sample(b, name, "", labels, null, gauge.Value);

    /// <summary>Cumulative _bucket lines with "le" after the other labels, then _sum and _count.</summary>
    public static void WriteHistogram(StringBuilder b, string name, string labels, Histogram histogram, double[] upperBounds)
    {
        var cumulative = histogram.CumulativeCounts();
        for (var i = 0; i < upperBounds.Length; i++)
        {
            Sample(b, name, "_bucket", labels, GoFloat.FormatG(upperBounds[i], single: false), cumulative[i]);
        }

        var count = cumulative[^1];
        Sample(b, name, "_bucket", labels, "+Inf", count);
        Sample(b, name, "_sum", labels, null, histogram.Sum);
        Sample(b, name, "_count", labels, null, count);
    }

    private static void Sample(StringBuilder b, string name, string suffix, string labels, string? le, double value)
    {
        b.Append(name).Append(suffix);
        if (labels.Length > 0 || le is not null)
        {
            b.Append('{').Append(labels);
            if (le is not null)
            {
                b.Append(labels.Length > 0 ? ",le=\"" : "le=\"").Append(le).Append('"');
            }

            b.Append('}');
        }

        b.Append(' ');
        b.Append(GoFloat.FormatG(value, single: false));
        b.Append('\n');
    }
}
