namespace Dotkube.Controllers.Common;

/// <summary>
/// Runs an action a number of times in batches that start small and double while every call of a
/// batch succeeds (upstream's slowStartBatch). When a project's quota or an admission webhook
/// rejects pods, the controller learns it from one request instead of hundreds, and records one
/// warning event instead of a storm.
/// </summary>
public static class SlowStart
{
    /// <summary>The first batch's size, as upstream's SlowStartInitialBatchSize.</summary>
    public const int InitialBatchSize = 1;

    /// <summary>The batch sizes for <paramref name="count"/> calls: 1, 2, 4, ... and the remainder last.</summary>
    public static IEnumerable<int> BatchSizes(int count, int initialBatchSize = InitialBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initialBatchSize, 1);
        var remaining = count;
        for (var size = Math.Min(remaining, initialBatchSize); size > 0; size = Math.Min(2 * size, remaining))
        {
            yield return size;
            remaining -= size;
        }
    }

    /// <summary>
    /// Calls <paramref name="action"/> up to <paramref name="count"/> times, the calls of one batch
    /// concurrently. After a batch with a failure no further batch starts. Returns how many calls
    /// succeeded and the first failure, if any.
    /// </summary>
    public static async Task<(int Succeeded, Exception? Error)> RunAsync(int count, Func<Task> action, int initialBatchSize = InitialBatchSize)
    {
        ArgumentNullException.ThrowIfNull(action);
        var succeeded = 0;
        foreach (var size in BatchSizes(count, initialBatchSize))
        {
            var calls = Enumerable.Range(0, size).Select(_ => Task.Run(action)).ToArray();
            try
            {
                await Task.WhenAll(calls).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Task.WhenAll rethrows only the first failure; count them all below.
            }

            succeeded += calls.Count(c => c.IsCompletedSuccessfully);
            var failed = calls.FirstOrDefault(c => !c.IsCompletedSuccessfully);
            if (failed is not null)
                return (succeeded, failed.Exception?.InnerException ?? new TaskCanceledException(failed));
        }

        return (succeeded, null);
    }
}
