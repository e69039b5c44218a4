namespace Dotkube.Bench.Shared;

/// <summary>The server and this process at one end of a measured window: /proc readings and a /metrics scrape.</summary>
public sealed record RunSnapshot(ProcStats Server, ProcStats Self, MetricsSnapshot Metrics)
{
    public static async Task<RunSnapshot> TakeAsync(ProcSampler sampler, ServerMetrics metrics, CancellationToken ct)
    {
        var (server, self) = sampler.Now();
        return new RunSnapshot(server, self, await metrics.ScrapeAsync(ct));
    }
}
