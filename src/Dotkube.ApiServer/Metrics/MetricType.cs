namespace Dotkube.ApiServer.Metrics;

/// <summary>The "# TYPE" of a family in the text exposition format.</summary>
public enum MetricType
{
    Counter,
    Gauge,
    Histogram,
}
