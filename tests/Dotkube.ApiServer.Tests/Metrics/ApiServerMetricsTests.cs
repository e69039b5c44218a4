using Dotkube.ApiServer.Metrics;

namespace Dotkube.ApiServer.Tests.Metrics;

public sealed class ApiServerMetricsTests
{
    private static readonly RequestMetricLabels ListPods = new("LIST", "", "v1", "pods", "", "namespace");

    [Fact]
    public void RecordRequest_WritesUpstreamsSeries()
    {
        var registry = new MetricsRegistry();
        var metrics = new ApiServerMetrics(registry);
        metrics.RecordRequest(ListPods, 200, TimeSpan.FromMilliseconds(30), 2048);
        var text = registry.Render();

        Assert.Contains(
            "# HELP apiserver_request_total [STABLE] Counter of apiserver requests broken out for each verb, dry run value, group, version, resource, scope, component, and HTTP response code.\n" +
            "# TYPE apiserver_request_total counter\n" +
            "apiserver_request_total{code=\"200\",component=\"apiserver\",dry_run=\"\",group=\"\",resource=\"pods\",scope=\"namespace\",subresource=\"\",verb=\"LIST\",version=\"v1\"} 1\n",
            text);
        Assert.Contains(
            "apiserver_request_duration_seconds_bucket{component=\"apiserver\",dry_run=\"\",group=\"\",resource=\"pods\",scope=\"namespace\",subresource=\"\",verb=\"LIST\",version=\"v1\",le=\"0.025\"} 0\n" +
            "apiserver_request_duration_seconds_bucket{component=\"apiserver\",dry_run=\"\",group=\"\",resource=\"pods\",scope=\"namespace\",subresource=\"\",verb=\"LIST\",version=\"v1\",le=\"0.05\"} 1\n",
            text);
        Assert.Contains("apiserver_response_sizes_sum{component=\"apiserver\",group=\"\",resource=\"pods\",scope=\"namespace\",subresource=\"\",verb=\"LIST\",version=\"v1\"} 2048\n", text);
    }

    [Fact]
    public void Buckets_ReadAsUpstreamsLeLabels()
    {
        var registry = new MetricsRegistry();
        new ApiServerMetrics(registry).RecordRequest(ListPods, 200, TimeSpan.Zero, 0);
        var text = registry.Render();

        static string[] Les(string text, string name) =>
            [.. text.Split('\n').Where(l => l.StartsWith(name + "_bucket", StringComparison.Ordinal)).Select(l => l[(l.IndexOf("le=\"", StringComparison.Ordinal) + 4)..l.LastIndexOf('"')])];

        Assert.Equal(
            ["0.005", "0.025", "0.05", "0.1", "0.2", "0.4", "0.6", "0.8", "1", "1.25", "1.5", "2", "3", "4", "5", "6", "8", "10", "15", "20", "30", "45", "60", "+Inf"],
            Les(text, "apiserver_request_duration_seconds"));
        Assert.Equal(["1000", "10000", "100000", "1e+06", "1e+07", "1e+08", "1e+09", "+Inf"], Les(text, "apiserver_response_sizes"));
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("LIST", true)]
    [InlineData("WATCH", false)]
    [InlineData("CREATE", false)]
    [InlineData("DELETE", false)]
    public void RecordRequest_ResponseSizes_OnlyForReads(string verb, bool recorded)
    {
        var registry = new MetricsRegistry();
        new ApiServerMetrics(registry).RecordRequest(ListPods with { Verb = verb }, 201, TimeSpan.FromSeconds(1), 10);
        Assert.Equal(recorded, registry.Render().Contains("apiserver_response_sizes_count", StringComparison.Ordinal));
    }

    [Fact]
    public void TrackLongRunning_CountsUntilDisposed()
    {
        var registry = new MetricsRegistry();
        var metrics = new ApiServerMetrics(registry);
        var watch = ListPods with { Verb = "WATCH" };
        var gauge = metrics.LongRunningRequests.WithLabels("WATCH", "", "v1", "pods", "", "namespace", ApiServerMetrics.Component);
        using (metrics.TrackLongRunning(watch))
        {
            using (metrics.TrackLongRunning(watch))
            {
                Assert.Equal(2, gauge.Value);
            }

            Assert.Equal(1, gauge.Value);
        }

        Assert.Equal(0, gauge.Value);
    }

    [Fact]
    public void OtherSeries_UseUpstreamsLabels()
    {
        var registry = new MetricsRegistry();
        var metrics = new ApiServerMetrics(registry);
        metrics.SetInflight(readOnly: 3, mutating: 1);
        metrics.RecordWatchEvent("apps", "v1", "Deployment");
        metrics.SetStorageObjects("deployments.apps", 12);
        var text = registry.Render();

        Assert.Contains("apiserver_current_inflight_requests{request_kind=\"mutating\"} 1\napiserver_current_inflight_requests{request_kind=\"readOnly\"} 3\n", text);
        Assert.Contains("# HELP apiserver_watch_events_total [ALPHA] Number of events sent in watch clients\n", text);
        Assert.Contains("apiserver_watch_events_total{group=\"apps\",kind=\"Deployment\",version=\"v1\"} 1\n", text);
        Assert.Contains("apiserver_storage_objects{resource=\"deployments.apps\"} 12\n", text);
    }
}
