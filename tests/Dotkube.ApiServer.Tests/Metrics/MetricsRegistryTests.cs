using Dotkube.ApiServer.Metrics;

namespace Dotkube.ApiServer.Tests.Metrics;

public sealed class MetricsRegistryTests
{
    [Fact]
    public void Render_WritesTheTextFormatLikeClientGolang()
    {
        var registry = new MetricsRegistry();
        var requests = registry.Counter("test_requests_total", "Requests served.", "verb", "code");
        var temperature = registry.Gauge("test_temperature", "Current temperature.");
        var latency = registry.Histogram("test_latency_seconds", "Latency.", [0.1, 1], "path");
        requests.WithLabels("LIST", "200").Inc();
        requests.WithLabels("GET", "404").Add(2);
        requests.WithLabels("GET", "200").Inc();
        temperature.WithLabels().Set(21.5);
        latency.WithLabels("/api").Observe(0.1);
        latency.WithLabels("/api").Observe(0.5);
        latency.WithLabels("/api").Observe(3);

        Assert.Equal(
            """
            # HELP test_latency_seconds Latency.
            # TYPE test_latency_seconds histogram
            test_latency_seconds_bucket{path="/api",le="0.1"} 1
            test_latency_seconds_bucket{path="/api",le="1"} 2
            test_latency_seconds_bucket{path="/api",le="+Inf"} 3
            test_latency_seconds_sum{path="/api"} 3.6
            test_latency_seconds_count{path="/api"} 3
            # HELP test_requests_total Requests served.
            # TYPE test_requests_total counter
            test_requests_total{code="200",verb="GET"} 1
            test_requests_total{code="200",verb="LIST"} 1
            test_requests_total{code="404",verb="GET"} 2
            # HELP test_temperature Current temperature.
            # TYPE test_temperature gauge
            test_temperature 21.5

            """.ReplaceLineEndings("\n"),
            registry.Render());
    }

    [Fact]
    public void Render_UnlabelledHistogram_PutsLeAlone()
    {
        var registry = new MetricsRegistry();
        registry.Histogram("h", "H.", [1]).WithLabels().Observe(2);
        Assert.Equal("# HELP h H.\n# TYPE h histogram\nh_bucket{le=\"1\"} 0\nh_bucket{le=\"+Inf\"} 1\nh_sum 2\nh_count 1\n", registry.Render());
    }

    [Fact]
    public void Render_FamilyWithoutSeries_WritesNothing_UnlabelledStartsAtZero()
    {
        var registry = new MetricsRegistry();
        registry.Counter("vec_total", "A vector.", "code");
        registry.Counter("plain_total", "A plain counter.");
        Assert.Equal("# HELP plain_total A plain counter.\n# TYPE plain_total counter\nplain_total 0\n", registry.Render());
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("a \"quoted\" word", "a \\\"quoted\\\" word")]
    [InlineData("two\nlines", "two\\nlines")]
    [InlineData("ünïcode ✓", "ünïcode ✓")]
    public void Render_EscapesLabelValues(string value, string escaped)
    {
        var registry = new MetricsRegistry();
        registry.Gauge("g", "G.", "l").WithLabels(value).Set(1);
        Assert.Contains($"g{{l=\"{escaped}\"}} 1\n", registry.Render());
    }

    [Fact]
    public void Render_EscapesHelpBackslashAndNewlineButNotQuotes()
    {
        var registry = new MetricsRegistry();
        registry.Gauge("g", "say \"hi\"\\now\nthen");
        Assert.StartsWith("# HELP g say \"hi\"\\\\now\\nthen\n", registry.Render());
    }

    public static TheoryData<string, Action<MetricsRegistry>> InvalidRegistrations => new()
    {
        { "duplicate name", r => { r.Counter("x_total", "x"); r.Gauge("x_total", "x"); } },
        { "bad metric name", r => r.Counter("1x", "x") },
        { "bad label name", r => r.Counter("x", "x", "a-b") },
        { "reserved label name", r => r.Counter("x", "x", "__name") },
        { "le on a histogram", r => r.Histogram("x", "x", [1], "le") },
        { "duplicate label", r => r.Gauge("x", "x", "a", "a") },
        { "unsorted buckets", r => r.Histogram("x", "x", [2, 1]) },
    };

    [Theory]
    [MemberData(nameof(InvalidRegistrations))]
    public void Register_Invalid_Throws(string name, Action<MetricsRegistry> register)
    {
        var error = Record.Exception(() => register(new MetricsRegistry()));
        Assert.True(error is ArgumentException or InvalidOperationException, $"{name}: {error?.GetType().Name ?? "no exception"}");
    }

    [Fact]
    public void WithLabels_WrongNumberOfValues_Throws()
    {
        var family = new MetricsRegistry().Counter("x_total", "x", "a", "b");
        Assert.Throws<ArgumentException>(() => family.WithLabels("only-one"));
    }

    [Fact]
    public void WithLabels_SameValues_ReturnTheSameChild_EvenIfTheCallerReusesItsArray()
    {
        var family = new MetricsRegistry().Counter("x_total", "x", "a");
        var values = new[] { "v" };
        var first = family.WithLabels(values);
        values[0] = "w";
        Assert.Same(first, family.WithLabels("v"));
        Assert.NotSame(first, family.WithLabels("w"));
    }

    [Fact]
    public void Remove_DropsTheSeries()
    {
        var registry = new MetricsRegistry();
        var family = registry.Gauge("g", "G.", "l");
        family.WithLabels("a").Set(1);
        Assert.True(family.Remove("a"));
        Assert.Equal("", registry.Render());
    }

    [Fact]
    public void Counter_NegativeAdd_Throws()
    {
        var counter = new MetricsRegistry().Counter("c_total", "c").WithLabels();
        Assert.Throws<ArgumentOutOfRangeException>(() => counter.Add(-1));
    }

    [Theory]
    [InlineData(0.05, 1, 1)]
    [InlineData(0.1, 1, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(1.5, 0, 0)]
    [InlineData(double.NaN, 0, 0)]
    public void Histogram_BoundsAreInclusive_AndCumulative(double value, long upTo01, long upTo1)
    {
        var registry = new MetricsRegistry();
        registry.Histogram("h", "h", [0.1, 1]).WithLabels().Observe(value);
        var text = registry.Render();
        Assert.Contains($"h_bucket{{le=\"0.1\"}} {upTo01}\n", text);
        Assert.Contains($"h_bucket{{le=\"1\"}} {upTo1}\n", text);
        Assert.Contains("h_bucket{le=\"+Inf\"} 1\n", text);
        Assert.Contains("h_count 1\n", text);
    }

    [Fact]
    public void ExponentialBuckets_MatchPrometheus()
    {
        Assert.Equal([1000, 10000, 100000, 1e6, 1e7, 1e8, 1e9], MetricsRegistry.ExponentialBuckets(1000, 10, 7));
    }
}
