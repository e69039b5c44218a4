using Dotkube.Cli;

namespace Dotkube.Tests.Cli;

public class VersionCommandTests
{
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

    [Fact]
    public void Server_BeforeTheApiServerLands_FailsAndSaysSo()
    {
        var error = new StringWriter();
        var result = RootCommandFactory.Create().Parse(["server"]);
        result.InvocationConfiguration.Error = error;

        Assert.Equal(1, result.Invoke());
        Assert.Contains("not available yet", error.ToString(), StringComparison.Ordinal);
    }
}
