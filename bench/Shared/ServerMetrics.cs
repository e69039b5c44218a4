using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using Dotkube.Client;

namespace Dotkube.Bench.Shared;

/// <summary>
/// Reads the server's Prometheus /metrics as the admin (the kubeconfig's client certificate) and
/// keeps the series that say where a scale run's time goes: work queue depths and reconciles per
/// controller, API requests by verb and resource, requests in flight, scheduling attempts.
/// </summary>
public sealed class ServerMetrics : IDisposable
{
    private readonly HttpClient _http;

    public ServerMetrics(ClientOptions options)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.ClientCertificates = [X509Certificate2.CreateFromPem(options.ClientCertificatePem!, options.ClientKeyPem!)];
        var roots = new X509Certificate2Collection();
        roots.ImportFromPem(options.CertificateAuthorityPem!);
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(roots);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return certificate is X509Certificate2 leaf && chain.Build(leaf);
        };
        _http = new HttpClient(handler) { BaseAddress = options.Server, Timeout = TimeSpan.FromSeconds(10) };
    }

    public async Task<MetricsSnapshot> ScrapeAsync(CancellationToken ct)
    {
        var text = await _http.GetStringAsync(new Uri("/metrics", UriKind.Relative), ct);
        var snapshot = new MetricsSnapshot();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var space = line.LastIndexOf(' ');
            var brace = line.IndexOf('{', StringComparison.Ordinal);
            if (space < 0 || brace < 0)
                continue;
            var name = line[..brace];
            var labels = line[brace..space];
            var value = double.Parse(line[(space + 1)..], CultureInfo.InvariantCulture);
            switch (name)
            {
                case "workqueue_depth":
                    snapshot.QueueDepth[Label(labels, "name")] = value;
                    break;
                case "controller_runtime_reconcile_total":
                    Add(snapshot.Reconciles, Label(labels, "controller"), value);
                    break;
                case "controller_runtime_reconcile_errors_total":
                    Add(snapshot.ReconcileErrors, Label(labels, "controller"), value);
                    break;
                case "apiserver_request_total":
                    Add(snapshot.Requests, Request(labels), value);
                    break;
                case "apiserver_request_duration_seconds_sum":
                    Add(snapshot.RequestSeconds, Request(labels), value);
                    break;
                case "controller_runtime_reconcile_time_seconds_sum":
                    Add(snapshot.ReconcileSeconds, Label(labels, "controller"), value);
                    break;
                case "workqueue_queue_duration_seconds_sum":
                    Add(snapshot.QueueSeconds, Label(labels, "name"), value);
                    break;
                case "scheduler_schedule_attempts_total":
                    Add(snapshot.ScheduleAttempts, Label(labels, "result"), value);
                    break;
                case "scheduler_scheduling_attempt_duration_seconds_sum":
                    Add(snapshot.AttemptSeconds, Label(labels, "result"), value);
                    break;
                case "scheduler_pending_pods":
                    snapshot.PendingPods[Label(labels, "queue")] = value;
                    break;
                case "apiserver_current_inflight_requests":
                    snapshot.InFlight[Label(labels, "request_kind")] = value;
                    break;
            }
        }

        return snapshot;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>"VERB resource[/subresource]", as the request breakdown groups requests.</summary>
    private static string Request(string labels)
    {
        var subresource = Label(labels, "subresource");
        var resource = subresource.Length > 0 ? $"{Label(labels, "resource")}/{subresource}" : Label(labels, "resource");
        return $"{Label(labels, "verb")} {resource}";
    }

    private static void Add(Dictionary<string, double> sums, string key, double value) =>
        sums[key] = sums.GetValueOrDefault(key) + value;

    /// <summary>The value of <paramref name="name"/>="..." in a label set (no escaped quotes in the labels read here).</summary>
    private static string Label(string labels, string name)
    {
        var at = labels.IndexOf(name + "=\"", StringComparison.Ordinal);
        if (at < 0 || (at > 0 && labels[at - 1] is not ('{' or ',')))
            return "";
        var start = at + name.Length + 2;
        return labels[start..labels.IndexOf('"', start)];
    }
}

/// <summary>The series of one /metrics scrape that the benchmark reports.</summary>
public sealed class MetricsSnapshot
{
    public Dictionary<string, double> QueueDepth { get; } = [];

    /// <summary>Reconciles per controller, all results.</summary>
    public Dictionary<string, double> Reconciles { get; } = [];

    public Dictionary<string, double> ReconcileErrors { get; } = [];

    /// <summary>Seconds spent in reconciles per controller (the histogram's sum).</summary>
    public Dictionary<string, double> ReconcileSeconds { get; } = [];

    /// <summary>Seconds items waited in each work queue before a worker took them, in total.</summary>
    public Dictionary<string, double> QueueSeconds { get; } = [];

    /// <summary>API requests by "VERB resource[/subresource]", all codes, and their summed latency in seconds.</summary>
    public Dictionary<string, double> Requests { get; } = [];

    public Dictionary<string, double> RequestSeconds { get; } = [];

    public Dictionary<string, double> InFlight { get; } = [];

    /// <summary>Scheduling attempts by result (scheduled, unschedulable, error), all profiles.</summary>
    public Dictionary<string, double> ScheduleAttempts { get; } = [];

    /// <summary>Seconds spent in scheduling attempts by result (the histogram's sum), all profiles.</summary>
    public Dictionary<string, double> AttemptSeconds { get; } = [];

    /// <summary>Pods waiting in the scheduler's queues, by queue (active, backoff, unschedulable, gated).</summary>
    public Dictionary<string, double> PendingPods { get; } = [];

    /// <summary>Counter increase since <paramref name="earlier"/>, largest first, zeros left out.</summary>
    public static IEnumerable<(string Key, double Delta)> Increase(Dictionary<string, double> now, Dictionary<string, double> earlier) =>
        now.Select(p => (p.Key, Delta: p.Value - earlier.GetValueOrDefault(p.Key)))
            .Where(p => p.Delta > 0)
            .OrderByDescending(p => p.Delta);

    /// <summary>One series' increase since <paramref name="earlier"/> (a series not there yet counts from zero).</summary>
    public static double Increase(Dictionary<string, double> now, Dictionary<string, double> earlier, string key) =>
        now.GetValueOrDefault(key) - earlier.GetValueOrDefault(key);

    /// <summary>Queues with items waiting, for a progress line.</summary>
    public string Depths() =>
        string.Join(", ", QueueDepth.Where(p => p.Value > 0).OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value:F0}")) is { Length: > 0 } text
            ? text
            : "all empty";
}
