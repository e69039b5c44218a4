using Dotkube.Client.Informers;
using Dotkube.Testing;

namespace Dotkube.Client.Tests.Informers;

public sealed class ReflectorBackoffTests
{
    /// <summary>A Random whose NextDouble is always 0, so the jitter adds nothing.</summary>
    private sealed class NoJitter : Random
    {
        public override double NextDouble() => 0;
    }

    [Fact]
    public void Next_DoublesFrom800msUpTo30s()
    {
        var backoff = new ReflectorBackoff(TimeSpan.FromMilliseconds(800), TimeSpan.FromSeconds(30), new ManualTime(), new NoJitter());

        var delays = Enumerable.Range(0, 8).Select(_ => backoff.Next().TotalMilliseconds).ToArray();

        Assert.Equal([800, 1600, 3200, 6400, 12800, 25600, 30000, 30000], delays);
    }

    [Fact]
    public void Next_AfterTwoQuietMinutes_StartsOver()
    {
        var time = new ManualTime();
        var backoff = new ReflectorBackoff(TimeSpan.FromMilliseconds(800), TimeSpan.FromSeconds(30), time, new NoJitter());
        backoff.Next();
        backoff.Next();

        time.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(TimeSpan.FromMilliseconds(800), backoff.Next());
    }

    [Fact]
    public void Next_Jitter_AddsUpToTheDelayAgain()
    {
        var backoff = new ReflectorBackoff(TimeSpan.FromMilliseconds(800), TimeSpan.FromSeconds(30), new ManualTime(), new Random(7));

        var delay = backoff.Next();

        Assert.InRange(delay, TimeSpan.FromMilliseconds(800), TimeSpan.FromMilliseconds(1600));
    }
}
