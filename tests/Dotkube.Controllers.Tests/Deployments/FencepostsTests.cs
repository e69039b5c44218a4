using Dotkube.Api.Apps.V1;
using Dotkube.Api.Values;
using Dotkube.Controllers.Deployments;

namespace Dotkube.Controllers.Tests.Deployments;

public sealed class FencepostsTests
{
    public static TheoryData<string, string?, string?, int, int, int> Cases => new()
    {
        { "percentages of ten: surge rounds up, unavailable down", "25%", "25%", 10, 3, 2 },
        { "absolute numbers are taken as they are", "2", "1", 10, 2, 1 },
        { "both rounding to zero makes one unavailable", "0%", "1%", 2, 0, 1 },
        { "unset values count as zero", null, null, 3, 0, 1 },
        { "a small surge still rounds up to one", "1%", "0%", 10, 1, 0 },
        { "half of three", "50%", "50%", 3, 2, 1 },
        { "no replicas", "25%", "25%", 0, 0, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Surge_and_unavailable_resolve_as_upstream(string because, string? maxSurge, string? maxUnavailable, int desired,
        int expectedSurge, int expectedUnavailable)
    {
        var resolved = Fenceposts.Resolve(Parse(maxSurge), Parse(maxUnavailable), desired);

        Assert.True((expectedSurge, expectedUnavailable) == resolved, because);
    }

    [Fact]
    public void A_value_that_is_not_a_percentage_is_an_error()
    {
        Assert.Throws<FormatException>(() => Fenceposts.Resolve(IntOrString.FromString("25"), null, 10));
    }

    [Fact]
    public void Max_unavailable_never_exceeds_the_replicas()
    {
        var d = Objects.NewDeployment(replicas: 3, maxSurge: 0, maxUnavailable: 5);

        Assert.Equal(3, Fenceposts.MaxUnavailable(d));
    }

    [Fact]
    public void Recreate_has_no_surge_and_no_unavailability_budget()
    {
        var d = Objects.NewDeployment(replicas: 3, strategy: DeploymentStrategyType.Recreate);

        Assert.Equal(0, Fenceposts.MaxSurge(d));
        Assert.Equal(0, Fenceposts.MaxUnavailable(d));
    }

    private static IntOrString? Parse(string? value) =>
        value is null ? default(IntOrString?) : int.TryParse(value, out var number) ? IntOrString.FromInt(number) : IntOrString.FromString(value);
}
