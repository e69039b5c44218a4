namespace Dotkube.Tests.Acceptance;

/// <summary>The built binary as a process: it starts on a free port, serves kubectl, and stops cleanly on SIGTERM.</summary>
public class BinaryServerTests
{
    [Fact]
    public async Task Server_Sigterm_StopsWithExitCodeZero()
    {
        var server = new BinaryServerFixture();
        await server.InitializeAsync();
        try
        {
            Assert.InRange(server.Port, 1, 65535);
            (await server.Kubectl.RunAsync("get", "namespace", "default", "-o", "name")).Ok();

            var exitCode = await server.StopAsync();

            Assert.True(exitCode == 0, $"expected exit code 0 after SIGTERM, got {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none (killed)"}\n{server.Log}");
            Assert.Contains("dotkube server: shutting down", server.Log, StringComparison.Ordinal);
        }
        finally
        {
            await server.DisposeAsync();
        }

        Assert.False(Directory.Exists(server.Dir), "the temp dir should be removed on dispose");
    }
}
