using System.Diagnostics;
using Dotkube.Storage.Crasher;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Dotkube.Storage.Tests.Durability;

/// <summary>
/// The e2e durability tier of issue 3: a child process writes through SqliteStore at full speed
/// and is SIGKILLed at random moments; after every kill the database must hold every write the
/// child was told had committed, nothing torn, and revisions must carry on above them.
/// </summary>
public sealed class SqliteCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 16;
    private const int Keys = 64;
    private const int Writers = 16;
    // Every other run compacts continuously down to this much history, so kills also land in
    // compaction sweeps, incremental vacuum and WAL checkpoints, not only in client writes.
    private const long CompactedHistory = 1_000;
    // A historical Range costs O(versions of the key) in the driver today, so checking all of a
    // run's tens of thousands of acknowledgements that way would take minutes: a seeded sample
    // per run is checked against history; every acknowledgement is checked against the current state.
    private const int HistorySamplePerRun = 100;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly string _directory = Directory.CreateTempSubdirectory("dotkube-durability-").FullName;

    [Fact]
    public async Task SigKillDuringWrites_LosesNoAcknowledgedWrite()
    {
        // Override with DOTKUBE_DURABILITY_SEED to replay a failing run's kill schedule.
        var seed = int.TryParse(Environment.GetEnvironmentVariable("DOTKUBE_DURABILITY_SEED"), out var fixedSeed)
            ? fixedSeed
            : Random.Shared.Next();
        // First, so a failure's output names the seed even when it is not an assertion of ours.
        output.WriteLine($"seed {seed} (replay with DOTKUBE_DURABILITY_SEED={seed})");
        var random = new Random(seed);
        var path = Path.Combine(_directory, "state.db");
        var acknowledged = new AcknowledgedWrites();
        var checkedInHistory = 0;
        var clock = Stopwatch.StartNew();

        for (var round = 1; round <= Kills; round++)
        {
            var writeFor = TimeSpan.FromMilliseconds(random.Next(50, 401));
            var compacting = round % 2 == 0;
            var context = $"seed {seed}, round {round}{(compacting ? " (compacting)" : "")}, killed {writeFor.TotalMilliseconds} ms after the first acknowledgement";
            IReadOnlyCollection<Acknowledgement> lastRun;
            using (var child = CrasherProcess.Start(path, Keys, Writers, random.Next(), compacting ? CompactedHistory : null))
            {
                await child.WaitUntilReadyAsync(StartTimeout);
                await child.WaitForFirstAcknowledgementAsync(StartTimeout);
                await Task.Delay(writeFor);
                await child.KillAsync();
                lastRun = child.Acknowledgements;
            }

            foreach (var ack in lastRun)
            {
                acknowledged.Add(ack);
            }

            Assert.True(lastRun.Count > 0, $"{context}: the child acknowledged nothing");
            var sample = lastRun.OrderBy(_ => random.Next()).Take(HistorySamplePerRun).ToList();
            var roundClock = Stopwatch.StartNew();
            checkedInHistory += await DurabilityCheck.VerifyAsync(path, acknowledged, sample, context);
            output.WriteLine($"{context}: {lastRun.Count} acknowledged, revision {acknowledged.MaxRevision}, verified in {roundClock.ElapsedMilliseconds} ms");
        }

        Assert.True(checkedInHistory > 0, $"seed {seed}: no acknowledgement was checked against history");
        output.WriteLine($"seed {seed}: {Kills} kills, {acknowledged.Count} acknowledged writes " +
            $"({checkedInHistory} checked by Range at their revision) in {clock.Elapsed.TotalSeconds:F1} s");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
