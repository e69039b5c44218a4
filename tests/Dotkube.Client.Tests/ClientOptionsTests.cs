namespace Dotkube.Client.Tests;

public sealed class ClientOptionsTests
{
    [Fact]
    public void Defaults_AreClientGoLike()
    {
        var options = new ClientOptions { Server = new Uri("https://127.0.0.1:6443") };
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Null(options.BearerToken);
    }
}
