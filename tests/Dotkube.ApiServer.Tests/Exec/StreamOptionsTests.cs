using Dotkube.ApiServer.Kubelets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Dotkube.ApiServer.Tests.Exec;

public sealed class StreamOptionsTests
{
    private static IQueryCollection Query(string text) => new QueryCollection(QueryHelpers.ParseQuery(text));

    [Theory]
    [InlineData("?command=ls&stdout=true&stderr=true", "?command=ls&error=1&output=1")]
    [InlineData("?stdin=true&stdout=true&tty=true&command=sh", "?command=sh&input=1&output=1&tty=1")]
    [InlineData("?command=sh&command=-c&command=echo%20a%2Fb%26c&stdout=1", "?command=sh&command=-c&command=echo+a%2Fb%26c&output=1")]
    [InlineData("?command=ls&stdin=False&stdout=True&stderr=0&tty=false", "?command=ls&output=1")]
    [InlineData("?command=ls&stdout=&stderr=yes", "?command=ls&error=1&output=1")]
    [InlineData("", "")]
    public void Exec_options_become_upstreams_kubelet_query(string query, string kubelet)
    {
        Assert.Equal(kubelet, StreamOptions.FromQuery(Query(query), exec: true).ToKubeletQuery());
    }

    [Fact]
    public void Attach_options_ignore_a_command()
    {
        var options = StreamOptions.FromQuery(Query("?command=ls&stdin=true&stdout=true&container=c"), exec: false);

        Assert.Empty(options.Command);
        Assert.Equal("c", options.Container);
        Assert.Equal("?input=1&output=1", options.ToKubeletQuery());
    }

    [Fact]
    public void An_empty_container_is_none()
    {
        Assert.Null(StreamOptions.FromQuery(Query("?container="), exec: true).Container);
    }
}
