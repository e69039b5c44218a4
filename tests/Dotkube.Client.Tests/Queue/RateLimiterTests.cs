using Dotkube.Client.Queue;
using Dotkube.Testing;

namespace Dotkube.Client.Tests.Queue;

public sealed class RateLimiterTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public void ItemExponential_DoublesFromBaseDelay()
    {
        var limiter = new ItemExponentialFailureRateLimiter<string>(TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(1000));

        var delays = Enumerable.Range(0, 5).Select(_ => limiter.When("a").TotalMilliseconds);

        Assert.Equal([5, 10, 20, 40, 80], delays);
        Assert.Equal(5, limiter.NumRequeues("a"));
    }

    [Fact]
    public void ItemExponential_LongStreak_IsCappedAtMaxDelay()
    {
        var limiter = new ItemExponentialFailureRateLimiter<string>(TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(1000));

        var delays = Enumerable.Range(0, 100).Select(_ => limiter.When("a")).ToList();

        // 5 ms * 2^17 = 655 s is the last step below the cap.
        Assert.Equal(TimeSpan.FromMilliseconds(5 * 131072), delays[17]);
        Assert.All(delays.Skip(18), d => Assert.Equal(TimeSpan.FromSeconds(1000), d));
    }

    [Fact]
    public void ItemExponential_Forget_StartsTheItemOverAndLeavesOthers()
    {
        var limiter = new ItemExponentialFailureRateLimiter<string>(TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(1000));
        limiter.When("a");
        limiter.When("a");
        limiter.When("b");

        limiter.Forget("a");

        Assert.Equal(0, limiter.NumRequeues("a"));
        Assert.Equal(TimeSpan.FromMilliseconds(5), limiter.When("a"));
        Assert.Equal(TimeSpan.FromMilliseconds(10), limiter.When("b"));
    }

    [Fact]
    public void Bucket_AllowsTheBurstThenSpacesRetriesAtQps()
    {
        var limiter = new BucketRateLimiter<string>(10, 100, _time);

        var burst = Enumerable.Range(0, 100).Select(i => limiter.When($"k{i}")).ToList();

        Assert.All(burst, d => Assert.Equal(TimeSpan.Zero, d));
        Assert.Equal(TimeSpan.FromMilliseconds(100), limiter.When("x"));
        Assert.Equal(TimeSpan.FromMilliseconds(200), limiter.When("y"));
    }

    [Fact]
    public void Bucket_RefillsAtQpsUpToBurst()
    {
        var limiter = new BucketRateLimiter<string>(10, 100, _time);
        for (var i = 0; i < 102; i++)
            limiter.When("k");

        // Two tokens owed, ten refilled: eight retries go at once, the ninth waits a token.
        _time.Advance(TimeSpan.FromSeconds(1));
        var delays = Enumerable.Range(0, 9).Select(_ => limiter.When("k")).ToList();

        Assert.All(delays.Take(8), d => Assert.Equal(TimeSpan.Zero, d));
        Assert.Equal(TimeSpan.FromMilliseconds(100), delays[8]);
        Assert.Equal(0, limiter.NumRequeues("k"));
    }

    [Fact]
    public void DefaultController_TakesTheLongerOfBackoffAndBucket()
    {
        var limiter = RateLimiters.DefaultController<string>(_time);
        for (var i = 0; i < 100; i++)
            Assert.Equal(TimeSpan.FromMilliseconds(5), limiter.When($"k{i}"));

        // The bucket is empty: a first failure waits for a token, not just 5 ms.
        Assert.Equal(TimeSpan.FromMilliseconds(100), limiter.When("fresh"));
        Assert.Equal(TimeSpan.FromMilliseconds(200), limiter.When("k0"));
        Assert.Equal(2, limiter.NumRequeues("k0"));

        limiter.Forget("k0");
        Assert.Equal(0, limiter.NumRequeues("k0"));
    }
}
