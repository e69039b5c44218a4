using System.CommandLine;

namespace Dotkube.Cli;

/// <summary>
/// <c>dotkube server</c>. The API server, storage and agent land with their own issues; until
/// then the command says so and fails, rather than pretending to run a cluster.
/// </summary>
public static class ServerCommand
{
    public static Command Create()
    {
        var command = new Command("server", "Run the control plane and the node agent (not available yet)");
        command.SetAction(result =>
        {
            result.InvocationConfiguration.Error.WriteLine(
                "dotkube server: not available yet. This build has the API object model only; " +
                "storage and the HTTPS API server come next (see README.md, \"What works today\").");
            return 1;
        });
        return command;
    }
}
