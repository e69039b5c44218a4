using System.Net;
using System.Text;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;

namespace Dotkube.Client.Tests.Rest;

public sealed class ApiStatusExceptionTests
{
    private static ApiStatusException Error(int code, string? reason) => new(new Status { Code = code, Reason = reason, Message = "m" });

    [Theory]
    [InlineData(404, "NotFound", "NotFound")]
    [InlineData(404, "", "NotFound")]
    [InlineData(409, "AlreadyExists", "AlreadyExists")]
    [InlineData(409, "Conflict", "Conflict")]
    [InlineData(409, "", "Conflict")]
    [InlineData(410, "Expired", "Expired")]
    [InlineData(410, "", "Gone")]
    [InlineData(422, "Invalid", "Invalid")]
    [InlineData(429, "TooManyRequests", "TooManyRequests")]
    [InlineData(403, "Forbidden", "Forbidden")]
    public void IsHelpers_MatchReasonOrBareCode(int code, string reason, string expected)
    {
        var e = Error(code, reason);
        var matches = new Dictionary<string, bool>
        {
            ["NotFound"] = e.IsNotFound,
            ["AlreadyExists"] = e.IsAlreadyExists,
            ["Conflict"] = e.IsConflict,
            ["Expired"] = e.IsExpired,
            ["Gone"] = e.IsGone,
            ["Invalid"] = e.IsInvalid,
            ["TooManyRequests"] = e.IsTooManyRequests,
            ["Forbidden"] = e.IsForbidden,
        };

        Assert.Equal([expected], matches.Where(m => m.Value).Select(m => m.Key));
    }

    [Fact]
    public void IsConflict_AlreadyExistsReason_IsNotAConflict()
    {
        Assert.False(Error(409, "AlreadyExists").IsConflict);
    }

    [Fact]
    public async Task FromResponse_StatusBody_IsDecoded()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.NotFound)
        {
            Content = new StringContent("""{"kind":"Status","apiVersion":"v1","status":"Failure","message":"configmaps \"x\" not found","reason":"NotFound","code":404}"""),
        };

        var e = await ApiStatusException.FromResponseAsync(response, CancellationToken.None);

        Assert.True(e.IsNotFound);
        Assert.Equal("configmaps \"x\" not found", e.Message);
    }

    [Fact]
    public async Task FromResponse_NonStatusBody_GetsAReasonFromTheCode()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
        {
            Content = new StringContent("<html>" + new string('x', 2000), Encoding.UTF8, "text/html"),
        };

        var e = await ApiStatusException.FromResponseAsync(response, CancellationToken.None);

        Assert.Equal(503, e.Code);
        Assert.Equal("ServiceUnavailable", e.Reason);
        Assert.True(e.Message.Length <= 512);
    }
}
