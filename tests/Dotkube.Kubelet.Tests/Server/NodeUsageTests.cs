using Dotkube.Kubelet.Server;
using Dotkube.Kubelet.Tests.Node;

namespace Dotkube.Kubelet.Tests.Server;

/// <summary>The node's cpu and memory for /stats/summary from /proc, and cpu rates from two samples.</summary>
public sealed class NodeUsageTests
{
    [Fact]
    public void Cpu_time_counts_every_non_idle_jiffy_and_memory_follows_upstreams_working_set()
    {
        using var host = new FakeHost()
            .With("/proc/stat", "cpu  100 5 50 1000 40 3 2 1 0 0\ncpu0 100 5 50 1000 40 3 2 1 0 0\nbtime 1700000000\n")
            .With("/proc/meminfo", "MemTotal:       1000 kB\nMemFree:         200 kB\nMemAvailable:    500 kB\nInactive(file):  100 kB\nAnonPages:       300 kB\n");
        var usage = new NodeUsage(host.Files);

        Assert.Equal(161UL * 10_000_000, usage.CpuUsageCoreNanoSeconds());
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), usage.BootTime());
        Assert.Equal((800UL * 1024, 700UL * 1024, 300UL * 1024, 300UL * 1024), usage.Memory());
    }

    [Fact]
    public void Missing_proc_files_give_no_figures()
    {
        using var host = new FakeHost();
        var usage = new NodeUsage(host.Files);
        Assert.Equal((null, null, null), (usage.CpuUsageCoreNanoSeconds(), usage.BootTime(), usage.Memory()));
    }

    [Fact]
    public void A_cpu_rate_needs_two_samples_and_a_repeated_sample_gives_the_last_rate_again()
    {
        var rates = new CpuRates();
        Assert.Null(rates.Rate("c1", 1_000_000_000, 5_000_000_000));
        Assert.Equal(500_000_000UL, rates.Rate("c1", 3_000_000_000, 6_000_000_000));
        Assert.Equal(500_000_000UL, rates.Rate("c1", 3_000_000_000, 6_000_000_000));

        rates.Retain(new HashSet<string>());
        Assert.Null(rates.Rate("c1", 4_000_000_000, 7_000_000_000));
    }
}
