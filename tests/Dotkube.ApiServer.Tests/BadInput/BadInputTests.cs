namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// The bad-input acceptance test: every generated bad request gets kube-apiserver
/// v1.32's 4xx Status (never a 5xx), and afterwards the server still answers and the store is
/// exactly as seeded.
/// </summary>
[TestCaseOrderer(RunsLastOrderer.TypeName, RunsLastOrderer.AssemblyName)]
public sealed class BadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    public static TheoryData<CaseName> Cases => new(BadInputCases.All.Select(c => new CaseName(c.Name)));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadRequest_AnswersUpstreamClientErrorStatus(CaseName name)
    {
        var c = BadInputCases.ByName[name.Value];

        var answer = await CaseSender.SendAsync(fixture.Server.Client, c);

        StatusAssert.IsUpstreamAnswer(c, answer);
    }

    [Fact]
    [RunsLast]
    public async Task AfterAllBadRequests_ServerIsReady_AndStoreIsUnchanged()
    {
        var ready = await fixture.Server.GetAsync("/readyz");
        var after = await ClusterChecksum.TakeAsync(fixture.Server.Client);

        Assert.Equal(200, ready.Code);
        Assert.True(after.Digest == fixture.Before.Digest,
            "bad requests changed the store:\n  " + string.Join("\n  ", after.Differences(fixture.Before)));
    }

    [Fact]
    public void Cases_AreMany_AndCoverEveryCategory()
    {
        var byCategory = BadInputCases.All.GroupBy(c => c.Category).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(BadInputCases.All.Count >= 200, $"only {BadInputCases.All.Count} cases");
        Assert.All(byCategory, category => Assert.True(category.Value >= 5, $"{category.Key} has only {category.Value} cases"));
    }
}
