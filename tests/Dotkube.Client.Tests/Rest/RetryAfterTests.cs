using System.Net;
using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;

namespace Dotkube.Client.Tests.Rest;

/// <summary>client-go's rule: 429 and 5xx answers carrying Retry-After are retried after that wait; others fail at once.</summary>
public sealed class RetryAfterTests
{
    private const string ConfigMap = """{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"c"}}""";

    private const string TooMany = """{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"TooManyRequests","code":429}""";

    [Theory]
    [InlineData(429)]
    [InlineData(504)]
    public async Task An_answer_with_retry_after_is_sent_again_with_the_same_body(int status)
    {
        var handler = new ScriptedHandler((status, "0"), (status, "0"), (200, null));
        using var client = NewClient(handler);

        var created = await client.CreateAsync(new ConfigMap { Metadata = new() { Name = "c", Namespace = "n" } });

        Assert.Equal("c", created.Metadata.Name);
        Assert.Equal(3, handler.Bodies.Count);
        Assert.All(handler.Bodies, b => Assert.Contains("\"name\":\"c\"", b, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_retry_after_a_429_fails_at_once()
    {
        var handler = new ScriptedHandler((429, null), (200, null));
        using var client = NewClient(handler);

        var error = await Assert.ThrowsAsync<ApiStatusException>(() => client.GetAsync<ConfigMap>("n", "c"));

        Assert.Equal(429, error.Status.Code);
        Assert.Single(handler.Bodies);
    }

    [Fact]
    public async Task After_ten_retries_the_answer_is_the_error()
    {
        var handler = new ScriptedHandler([.. Enumerable.Repeat<(int, string?)>((429, "0"), 12)]);
        using var client = NewClient(handler);

        await Assert.ThrowsAsync<ApiStatusException>(() => client.GetAsync<ConfigMap>("n", "c"));

        Assert.Equal(11, handler.Bodies.Count);
    }

    private static KubeClient NewClient(HttpMessageHandler handler) =>
        new(new ClientOptions { Server = new Uri("https://k:6443") }, handler);

    /// <summary>Answers each request with the next (status, Retry-After) of its script, recording the bodies sent.</summary>
    private sealed class ScriptedHandler(params (int Status, string? RetryAfter)[] script) : HttpMessageHandler
    {
        private int _next;

        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            var (status, retryAfter) = script[Math.Min(_next++, script.Length - 1)];
            var response = new HttpResponseMessage((HttpStatusCode)status)
            {
                Content = new StringContent(status == 200 ? ConfigMap : TooMany, Encoding.UTF8, "application/json"),
            };
            if (retryAfter is not null)
                response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
            return response;
        }
    }
}
