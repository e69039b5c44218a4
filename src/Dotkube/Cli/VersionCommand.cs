using System.CommandLine;
using Dotkube.Api;

namespace Dotkube.Cli;

/// <summary><c>dotkube version</c>: dotkube's version and the Kubernetes version it speaks.</summary>
public static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print dotkube's version and the Kubernetes API version it serves");
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            output.WriteLine($"dotkube version {KubeVersion.Dotkube}");
            output.WriteLine($"Kubernetes {KubeVersion.GitVersion}");
            return 0;
        });
        return command;
    }
}
