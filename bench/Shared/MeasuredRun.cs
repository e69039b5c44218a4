using System.Diagnostics;

namespace Dotkube.Bench.Shared;

/// <summary>What every run measures: its window and the server and this process at both ends of it.</summary>
public abstract record MeasuredRun
{
    /// <summary>Wall time of the measured window (to the run's goal, or to the timeout).</summary>
    public required TimeSpan Window { get; init; }

    /// <summary>At the first measured create.</summary>
    public required RunSnapshot Before { get; init; }

    /// <summary>At the end of the window.</summary>
    public required RunSnapshot After { get; init; }

    public double ServerCpuSeconds => (After.Server.Cpu - Before.Server.Cpu).TotalSeconds;

    public double SelfCpuSeconds => (After.Self.Cpu - Before.Self.Cpu).TotalSeconds;

    public double ServerCores => ServerCpuSeconds / Window.TotalSeconds;

    public double SelfCores => SelfCpuSeconds / Window.TotalSeconds;

    /// <summary>
    /// Waits for <paramref name="goal"/> until <paramref name="timeout"/> after the start of
    /// <paramref name="clock"/>: true when it was reached, false when the time ran out first.
    /// </summary>
    public static async Task<bool> ReachedAsync(Task goal, Stopwatch clock, TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            // Creating the load may already have used up the time: WaitAsync takes no negative timeout.
            await goal.WaitAsync(TimeSpan.FromTicks(Math.Max(0, (timeout - clock.Elapsed).Ticks)), ct);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
