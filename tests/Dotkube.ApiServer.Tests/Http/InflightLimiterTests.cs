using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Http;

namespace Dotkube.ApiServer.Tests.Http;

public sealed class InflightLimiterTests
{
    [Fact]
    public void Enter_BeyondTheLimit_Throws429WithRetryAfter_AndSlotsComeBack()
    {
        var limiter = new InflightLimiter(maxReadOnly: 2, maxMutating: 1);
        using var first = limiter.Enter(mutating: false);
        using (limiter.Enter(mutating: false))
        {
            var refused = Assert.Throws<ApiException>(() => limiter.Enter(mutating: false));
            Assert.Equal(429, refused.Code);
            Assert.Equal("TooManyRequests", refused.Reason);
            Assert.Equal(1, refused.Status.Details!.RetryAfterSeconds);
        }

        // Mutating requests have their own budget, and a released slot is usable again.
        using (limiter.Enter(mutating: true))
        {
            Assert.Throws<ApiException>(() => limiter.Enter(mutating: true));
        }

        using var again = limiter.Enter(mutating: false);
        Assert.Equal(2, limiter.ReadOnly);
        Assert.Equal(0, limiter.Mutating);
    }
}
