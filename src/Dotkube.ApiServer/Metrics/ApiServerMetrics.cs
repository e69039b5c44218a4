namespace Dotkube.ApiServer.Metrics;

/// <summary>
/// kube-apiserver's own series (k8s.io/apiserver/pkg/endpoints/metrics and storage metrics,
/// v1.32), with upstream's names, label names, bucket bounds and help text including the
/// "[STABLE]"/"[ALPHA]" prefix component-base adds, so existing dashboards and alerts work.
/// </summary>
public sealed class ApiServerMetrics
{
    /// <summary>The component label of every request series: kube-apiserver's APIServerComponent.</summary>
    public const string Component = "apiserver";

    /// <summary>Upstream's request_kind values for <see cref="CurrentInflightRequests"/>.</summary>
    public const string ReadOnlyKind = "readOnly";

    public const string MutatingKind = "mutating";

    /// <summary>Upstream's bounds, chosen to cover the API call latency SLOs (1 s, 5 s, 30 s) finely.</summary>
    public static readonly IReadOnlyList<double> RequestDurationBuckets =
        [0.005, 0.025, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0, 1.25, 1.5, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 45, 60];

    /// <summary>ExponentialBuckets(1000, 10, 7): 1 KB to 1 GB.</summary>
    public static readonly IReadOnlyList<double> ResponseSizeBuckets = MetricsRegistry.ExponentialBuckets(1000, 10, 7);

    public ApiServerMetrics(MetricsRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        RequestTotal = registry.Counter(
            "apiserver_request_total",
            "[STABLE] Counter of apiserver requests broken out for each verb, dry run value, group, version, resource, scope, component, and HTTP response code.",
            "verb", "dry_run", "group", "version", "resource", "subresource", "scope", "component", "code");
        RequestDuration = registry.Histogram(
            "apiserver_request_duration_seconds",
            "[STABLE] Response latency distribution in seconds for each verb, dry run value, group, version, resource, subresource, scope and component.",
            RequestDurationBuckets,
            "verb", "dry_run", "group", "version", "resource", "subresource", "scope", "component");
        ResponseSizes = registry.Histogram(
            "apiserver_response_sizes",
            "[STABLE] Response size distribution in bytes for each group, version, verb, resource, subresource, scope and component.",
            ResponseSizeBuckets,
            "verb", "group", "version", "resource", "subresource", "scope", "component");
        CurrentInflightRequests = registry.Gauge(
            "apiserver_current_inflight_requests",
            "[STABLE] Maximal number of currently used inflight request limit of this apiserver per request kind in last second.",
            "request_kind");
        LongRunningRequests = registry.Gauge(
            "apiserver_longrunning_requests",
            "[STABLE] Gauge of all active long-running apiserver requests broken out by verb, group, version, resource, scope and component. Not all requests are tracked this way.",
            "verb", "group", "version", "resource", "subresource", "scope", "component");
        // v1.32 still labels watch events by kind; "resource" came later.
        WatchEventsTotal = registry.Counter(
            "apiserver_watch_events_total",
            "[ALPHA] Number of events sent in watch clients",
            "group", "version", "kind");
        StorageObjects = registry.Gauge(
            "apiserver_storage_objects",
            "[STABLE] Number of stored objects at the time of last check split by kind. In case of a fetching error, the value will be -1.",
            "resource");
    }

    public MetricFamily<Counter> RequestTotal { get; }

    public MetricFamily<Histogram> RequestDuration { get; }

    public MetricFamily<Histogram> ResponseSizes { get; }

    public MetricFamily<Gauge> CurrentInflightRequests { get; }

    public MetricFamily<Gauge> LongRunningRequests { get; }

    public MetricFamily<Counter> WatchEventsTotal { get; }

    public MetricFamily<Gauge> StorageObjects { get; }

    /// <summary>
    /// MonitorRequest: counts the request and its latency; response sizes only for GET and LIST
    /// ("we are only interested in response sizes of read requests"), as upstream.
    /// </summary>
    public void RecordRequest(in RequestMetricLabels labels, int code, TimeSpan elapsed, long responseBytes)
    {
        RequestTotal.WithLabels(labels.Verb, labels.DryRun, labels.Group, labels.Version, labels.Resource, labels.Subresource,
            labels.Scope, Component, code.ToString(System.Globalization.CultureInfo.InvariantCulture)).Inc();
        RequestDuration.WithLabels(labels.Verb, labels.DryRun, labels.Group, labels.Version, labels.Resource, labels.Subresource,
            labels.Scope, Component).Observe(elapsed);
        if (labels.Verb is "GET" or "LIST")
        {
            ResponseSizes.WithLabels(labels.Verb, labels.Group, labels.Version, labels.Resource, labels.Subresource, labels.Scope, Component)
                .Observe(responseBytes);
        }
    }

    /// <summary>RecordLongRunning: counts a watch, exec, log follow or proxy until the returned handle is disposed.</summary>
    public IDisposable TrackLongRunning(in RequestMetricLabels labels) =>
        LongRunningRequests.WithLabels(labels.Verb, labels.Group, labels.Version, labels.Resource, labels.Subresource, labels.Scope, Component).Track();

    /// <summary>UpdateInflightRequestMetrics: upstream reports the highest use in the last second, so call this once a second with those maxima.</summary>
    public void SetInflight(int readOnly, int mutating)
    {
        CurrentInflightRequests.WithLabels(ReadOnlyKind).Set(readOnly);
        CurrentInflightRequests.WithLabels(MutatingKind).Set(mutating);
    }

    public void RecordWatchEvent(string group, string version, string kind) => WatchEventsTotal.WithLabels(group, version, kind).Inc();

    /// <summary>
    /// UpdateObjectCount: <paramref name="resource"/> is upstream's GroupResource string, "pods"
    /// for core and "deployments.apps" otherwise; -1 means the count could not be read.
    /// </summary>
    public void SetStorageObjects(string resource, long count) => StorageObjects.WithLabels(resource).Set(count);
}
