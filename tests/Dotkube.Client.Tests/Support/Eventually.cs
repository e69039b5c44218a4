namespace Dotkube.Client.Tests.Support;

/// <summary>
/// Waits for a condition that other threads (workers) make true. Outcomes stay deterministic:
/// the wall clock only bounds how long a broken test hangs.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(Limit.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (!condition())
        {
            if (TimeProvider.System.GetTimestamp() > deadline)
                Assert.Fail($"Timed out waiting for {what}.");
            await Task.Delay(1);
        }
    }

    /// <summary>Awaits a task that must finish soon.</summary>
    public static async Task<T> CompletesAsync<T>(Task<T> task) => await task.WaitAsync(Limit);

    public static async Task CompletesAsync(Task task) => await task.WaitAsync(Limit);
}
