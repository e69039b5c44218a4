using Dotkube.ApiServer.Security;

namespace Dotkube.ApiServer.Tests.Security;

public sealed class StaticTokenFileTests
{
    [Fact]
    public void Parse_UpstreamExample_ReadsTokenUserUidAndGroups()
    {
        var tokens = StaticTokenFile.Parse("31ada4fd-adec-460c-809a-9e56ceb75269,alice,1001,\"group1,group2,group3\"\n", "f");

        var token = Assert.Single(tokens);
        Assert.Equal("31ada4fd-adec-460c-809a-9e56ceb75269", token.Token);
        Assert.Equal("alice", token.User.Name);
        Assert.Equal("1001", token.User.Uid);
        Assert.Equal(["group1", "group2", "group3"], token.User.Groups);
    }

    public static TheoryData<string, string, string[]> Records => new()
    {
        { "three columns: no groups", "t,u,1", [] },
        { "leading spaces trimmed", "t, u, 1, g", ["g"] },
        { "quote escaped by doubling", "t,u,1,\"a\"\"b\"", ["a\"b"] },
        { "extra columns ignored", "t,u,1,g,x,y", ["g"] },
        { "CRLF line end", "t,u,1,g\r\n", ["g"] },
        { "empty group names dropped", "t,u,1,\"a,,b,\"", ["a", "b"] },
        { "blank lines skipped", "\n\nt,u,1,g\n\n", ["g"] },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void Parse_Record_ReadsGroupsLikeEncodingCsv(string name, string text, string[] groups)
    {
        _ = name;
        var token = Assert.Single(StaticTokenFile.Parse(text, "f"));
        Assert.Equal("t", token.Token);
        Assert.Equal(groups, token.User.Groups);
    }

    [Fact]
    public void Parse_QuotedFieldAcrossLines_IsOneRecord()
    {
        var tokens = StaticTokenFile.Parse("t,u,1,\"a,\nb\"\nt2,v,2\n", "f");

        Assert.Equal(["a", "\nb"], tokens[0].User.Groups);
        Assert.Equal("v", tokens[1].User.Name);
    }

    [Fact]
    public void Parse_EmptyToken_IsSkipped() =>
        Assert.Equal(["u2"], StaticTokenFile.Parse(",u1,1\nt,u2,2\n", "f").Select(t => t.User.Name));

    [Theory]
    [InlineData("t,u\n", "at least 3 columns")]
    [InlineData("t,u,\"1\n", "quoted-field")]
    [InlineData("t,u\"x,1\n", "bare \"")]
    [InlineData("t,\"u\"x,1\n", "quoted-field")]
    public void Parse_Malformed_NamesTheProblem(string text, string problem)
    {
        var error = Assert.Throws<FormatException>(() => StaticTokenFile.Parse(text, "tokens.csv"));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains("tokens.csv", error.Message, StringComparison.Ordinal);
    }
}
