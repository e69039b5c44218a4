using Dotkube.Cli;

namespace Dotkube.Tests.Cli;

public class CommandTests
{
    [Fact]
    public void Termination_signals_leave_the_server_time_for_an_orderly_shutdown()
    {
        // System.CommandLine's default (2 s) exited with 143 while the server was still stopping.
        var timeout = RootCommandFactory.Invocation().ProcessTerminationTimeout;

        Assert.True(timeout is null || timeout >= TimeSpan.FromSeconds(20), $"termination timeout {timeout}");
    }

    [Fact]
    public void Version_PrintsDotkubeAndKubernetesVersions()
    {
        var output = new StringWriter();
        var result = RootCommandFactory.Create().Parse(["version"]);
        result.InvocationConfiguration.Output = output;

        var exitCode = result.Invoke();

        Assert.Equal(0, exitCode);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^dotkube version v\d+\.\d+\.\d+$", lines[0]);
        Assert.Matches(@"^Kubernetes v1\.32\.\d+$", lines[1]);
    }

    [Theory]
    [InlineData("--https-listen-port", "70000")]
    [InlineData("--write-kubeconfig-mode", "999")]
    [InlineData("--data-dir", "")]
    public void Server_InvalidFlag_FailsNamingTheFlag(string flag, string value)
    {
        var error = new StringWriter();
        var dataDir = Path.Combine(Path.GetTempPath(), "dotkube-never-created-" + Guid.NewGuid().ToString("N"));
        string[] args = flag == "--data-dir" ? ["server", flag, value] : ["server", "--data-dir", dataDir, flag, value];
        var result = RootCommandFactory.Create().Parse(args);
        result.InvocationConfiguration.Error = error;

        Assert.Equal(1, result.Invoke());
        Assert.Contains(flag, error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(dataDir));
    }
}
