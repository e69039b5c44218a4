using System.CommandLine;

namespace Dotkube.Cli;

/// <summary>Builds the <c>dotkube</c> command tree. Commands only wire components together.</summary>
public static class RootCommandFactory
{
    public static RootCommand Create()
    {
        var root = new RootCommand("dotkube: a Kubernetes-compatible container orchestrator in one binary")
        {
            VersionCommand.Create(),
            ServerCommand.Create(),
            SchedulerCommand.Create(),
        };
        return root;
    }
}
