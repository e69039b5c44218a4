using Dotkube.ApiServer.Security;

namespace Dotkube.ApiServer.Tests.Security;

public sealed class UserInfoTests
{
    [Fact]
    public void ToApi_EmptyUidAndExtra_AreOmitted()
    {
        var api = new UserInfo("alice", ["dev"]).ToApi();

        Assert.Equal("alice", api.Username);
        Assert.Null(api.Uid);
        Assert.Equal(["dev"], api.Groups);
        Assert.Null(api.Extra);
    }

    [Fact]
    public void ToApi_Extra_IsCopied()
    {
        var user = new UserInfo("a", "u1", [], new Dictionary<string, IReadOnlyList<string>> { ["k"] = ["v1", "v2"] });

        Assert.Equal(["v1", "v2"], user.ToApi().Extra!["k"]);
    }
}
