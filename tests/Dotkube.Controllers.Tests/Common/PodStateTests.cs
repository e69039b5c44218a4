using Dotkube.Controllers.Common;
using static Dotkube.Controllers.Tests.Common.TestPods;

namespace Dotkube.Controllers.Tests.Common;

public sealed class PodStateTests
{
    public static TheoryData<string, DateTimeOffset?, int, bool> AvailabilityCases => new()
    {
        { "not ready", null, 0, false },
        { "ready, no minReadySeconds", Now, 0, true },
        { "ready for exactly minReadySeconds", Now.AddSeconds(-10), 10, false },
        { "ready for longer than minReadySeconds", Now.AddSeconds(-11), 10, true },
        { "ready for less than minReadySeconds", Now.AddSeconds(-9), 10, false },
        { "ready without a transition time", default(DateTimeOffset), 10, false },
        { "ready without a transition time, no minReadySeconds", default(DateTimeOffset), 0, true },
    };

    [Theory]
    [MemberData(nameof(AvailabilityCases))]
    public void A_pod_is_available_only_strictly_after_minReadySeconds_as_upstream(string state, DateTimeOffset? readySince, int minReadySeconds, bool available) =>
        Assert.True(PodState.IsAvailable(New("a", readySince: readySince), minReadySeconds, Now) == available, state);
}
