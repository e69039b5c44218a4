using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.Tests.Common;

public sealed class SlowStartTests
{
    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(1, new[] { 1 })]
    [InlineData(10, new[] { 1, 2, 4, 3 })]
    [InlineData(15, new[] { 1, 2, 4, 8 })]
    [InlineData(500, new[] { 1, 2, 4, 8, 16, 32, 64, 128, 245 })]
    public void Batches_double_from_one(int count, int[] sizes)
    {
        Assert.Equal(sizes, SlowStart.BatchSizes(count));
    }

    [Fact]
    public async Task All_calls_run_when_all_succeed()
    {
        var calls = 0;

        var (succeeded, error) = await SlowStart.RunAsync(10, () =>
        {
            Interlocked.Increment(ref calls);
            return Task.CompletedTask;
        });

        Assert.Equal((10, 10), (calls, succeeded));
        Assert.Null(error);
    }

    [Fact]
    public async Task A_failing_batch_stops_the_next_batches()
    {
        var calls = 0;

        // Calls 2 and 3 form the second batch; the third call fails, so the batch of 4 never starts.
        var (succeeded, error) = await SlowStart.RunAsync(10, () =>
            Interlocked.Increment(ref calls) == 3 ? Task.FromException(new InvalidOperationException("quota")) : Task.CompletedTask);

        Assert.Equal(3, calls);
        Assert.Equal(2, succeeded);
        Assert.Equal("quota", error?.Message);
    }
}
