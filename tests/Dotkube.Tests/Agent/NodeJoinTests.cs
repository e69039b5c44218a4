using System.Net;
using Dotkube.Agent;
using Dotkube.Testing;

namespace Dotkube.Tests.Agent;

/// <summary>The agent's side of the k3s-style join against a real in-process API server.</summary>
public sealed class NodeJoinTests : IAsyncLifetime
{
    private readonly string _agentDir = Directory.CreateTempSubdirectory("dk-nodejoin-").FullName;
    private InProcessCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await InProcessCluster.StartAsync();

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        Directory.Delete(_agentDir, recursive: true);
    }

    [Fact]
    public async Task Joining_stores_the_node_identity_0600_and_a_restart_reuses_it_without_the_server()
    {
        var token = JoinToken.Parse(_cluster.Server.Token.Value);

        var joined = await Join(_cluster.BaseAddress, token).LoadOrJoinAsync(CancellationToken.None);

        using var client = joined.Client.ToCertificate();
        Assert.Equal("O=system:nodes, CN=system:node:node-j", client.Subject);
        Assert.Equal(_cluster.Server.Pki.ClientCaPem.Trim(), joined.ClientCaPem.Trim());
        Assert.All(Directory.GetFiles(_agentDir), file => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file)));
        // Nothing listens there: the stored credentials are used as they are.
        var again = await Join(new Uri("https://127.0.0.1:1"), token).LoadOrJoinAsync(CancellationToken.None);
        Assert.Equal(joined, again);
    }

    [Fact]
    public async Task A_token_naming_another_CA_is_refused_before_the_secret_is_sent()
    {
        var value = _cluster.Server.Token.Value;
        var other = JoinToken.Parse("K10" + new string('a', 64) + value[67..]);

        var e = await Assert.ThrowsAsync<JoinException>(() => Join(_cluster.BaseAddress, other).LoadOrJoinAsync(CancellationToken.None));

        Assert.Contains("refusing to join", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_agentDir));
    }

    [Fact]
    public async Task A_wrong_secret_is_rejected_with_401()
    {
        var wrong = JoinToken.Parse(_cluster.Server.Token.Value + "0");

        var e = await Assert.ThrowsAsync<JoinException>(() => Join(_cluster.BaseAddress, wrong).LoadOrJoinAsync(CancellationToken.None));

        Assert.StartsWith("the server rejected the join token (401 Unauthorized", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0123abcd")]
    [InlineData("K10abc::server:secret")]
    [InlineData("K10aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa::nosecret")]
    public void Tokens_not_in_the_K10_format_are_refused_without_echoing_them(string text)
    {
        var e = Assert.Throws<FormatException>(() => JoinToken.Parse(text));

        Assert.DoesNotContain(text, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_is_refused()
    {
        var token = JoinToken.Parse(_cluster.Server.Token.Value);

        var e = await Assert.ThrowsAsync<JoinException>(() => Join(new Uri("http://127.0.0.1:1"), token).LoadOrJoinAsync(CancellationToken.None));

        Assert.Contains("https", e.Message, StringComparison.Ordinal);
    }

    private NodeJoin Join(Uri server, JoinToken token) =>
        new(server, token, _agentDir, "node-j", [IPAddress.Parse("10.9.8.7")], TimeProvider.System);
}
