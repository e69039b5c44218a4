using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Dotkube.Bench;

// Usage: dotnet run -c Release --project bench/Dotkube.Bench [-- --quick]
// --quick runs a short job (a few seconds per benchmark) for a smoke check; the numbers in
// docs/benchmarks.md come from the default job.
var quick = args.Contains("--quick");
var config = DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary);
if (quick)
{
    config = config.AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5));
}

var summary = BenchmarkRunner.Run<PodJsonBenchmarks>(config);
PrintFigures(summary);

static void PrintFigures(Summary summary)
{
    Console.WriteLine();
    Console.WriteLine($"pod fixture: {PodJsonBenchmarks.LoadFixture().Length} bytes");
    foreach (var category in new[] { "serialize", "deserialize" })
    {
        var reports = summary.Reports.Where(r => r.BenchmarkCase.Descriptor.Categories.Contains(category)).ToList();
        var anchor = reports.Single(r => r.BenchmarkCase.Descriptor.Baseline);
        var ours = reports.Single(r => !r.BenchmarkCase.Descriptor.Baseline);
        var ratio = ours.ResultStatistics!.Mean / anchor.ResultStatistics!.Mean;
        Console.WriteLine(
            $"pod {category}: {ours.ResultStatistics.Mean / 1000:F2} us/op, " +
            $"{ours.GcStats.GetBytesAllocatedPerOperation(ours.BenchmarkCase)} B/op allocated; " +
            $"anchor (reflection) {anchor.ResultStatistics.Mean / 1000:F2} us/op, " +
            $"{anchor.GcStats.GetBytesAllocatedPerOperation(anchor.BenchmarkCase)} B/op; ratio {ratio:F2}");
    }
}
