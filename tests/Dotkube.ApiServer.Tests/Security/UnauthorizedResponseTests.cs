using System.Text;
using Dotkube.ApiServer.Security;
using Microsoft.AspNetCore.Http;

namespace Dotkube.ApiServer.Tests.Security;

public sealed class UnauthorizedResponseTests
{
    /// <summary>kube-apiserver's body, byte for byte.</summary>
    private const string Upstream =
        """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}""";

    [Fact]
    public void Body_MatchesUpstream() =>
        Assert.Equal(Upstream, Encoding.UTF8.GetString(UnauthorizedResponse.Body.Span));

    [Fact]
    public async Task WriteAsync_Sets401JsonAndBody()
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();

        await UnauthorizedResponse.WriteAsync(context.Response);

        Assert.Equal(401, context.Response.StatusCode);
        Assert.Equal("application/json", context.Response.ContentType);
        Assert.Equal(Upstream, Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()));
    }
}
