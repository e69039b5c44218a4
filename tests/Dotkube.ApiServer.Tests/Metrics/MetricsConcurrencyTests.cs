using Dotkube.ApiServer.Metrics;

namespace Dotkube.ApiServer.Tests.Metrics;

public sealed class MetricsConcurrencyTests
{
    private const int Threads = 8;
    private const int PerThread = 50_000;

    private static void RunConcurrently(Action<int> work)
    {
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            work(t);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
    }

    [Fact]
    public void Counter_ManyThreads_CountExactly()
    {
        var registry = new MetricsRegistry();
        var family = registry.Counter("c_total", "c", "code");
        RunConcurrently(t =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                // Half the threads share one series, the others create and share a second.
                family.WithLabels(t % 2 == 0 ? "200" : "500").Inc();
                family.WithLabels("fraction").Add(0.5);
            }
        });

        Assert.Equal(Threads / 2 * PerThread, family.WithLabels("200").Value);
        Assert.Equal(Threads / 2 * PerThread, family.WithLabels("500").Value);
        Assert.Equal(Threads * PerThread * 0.5, family.WithLabels("fraction").Value);
    }

    [Fact]
    public void Gauge_BalancedIncAndDec_EndsAtZero()
    {
        var gauge = new MetricsRegistry().Gauge("g", "g").WithLabels();
        RunConcurrently(_ =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                using (gauge.Track())
                {
                    gauge.Add(2);
                    gauge.Add(-2);
                }
            }
        });

        Assert.Equal(0, gauge.Value);
    }

    [Fact]
    public void Histogram_ManyThreads_BucketsSumAndCountExact()
    {
        var registry = new MetricsRegistry();
        var histogram = registry.Histogram("h", "h", [1, 2]).WithLabels();
        RunConcurrently(t =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                histogram.Observe(t % 3);
            }
        });

        Assert.Equal(Threads * PerThread, histogram.Count);
        var expectedSum = Enumerable.Range(0, Threads).Sum(t => t % 3) * (double)PerThread;
        Assert.Equal(expectedSum, histogram.Sum);
        var text = registry.Render();
        var zeros = Enumerable.Range(0, Threads).Count(t => t % 3 == 0) * PerThread;
        var ones = Enumerable.Range(0, Threads).Count(t => t % 3 == 1) * PerThread;
        Assert.Contains($"h_bucket{{le=\"1\"}} {zeros + ones}\n", text);
        Assert.Contains($"h_bucket{{le=\"+Inf\"}} {Threads * PerThread}\n", text);
    }

    [Fact]
    public async Task Render_WhileWriting_StaysConsistent()
    {
        var registry = new MetricsRegistry();
        var family = registry.Histogram("h", "h", [1], "l");
        using var done = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            var i = 0;
            while (!done.IsCancellationRequested)
            {
                family.WithLabels((i++ % 50).ToString(System.Globalization.CultureInfo.InvariantCulture)).Observe(0.5);
            }
        });

        for (var i = 0; i < 50; i++)
        {
            foreach (var line in registry.Render().Split('\n').Where(l => l.Contains("le=\"+Inf\"", StringComparison.Ordinal)))
            {
                Assert.Matches("^h_bucket\\{l=\"\\d+\",le=\"\\+Inf\"\\} \\d+$", line);
            }
        }

        done.Cancel();
        await writer;
    }
}
