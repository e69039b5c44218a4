using System.CommandLine;

namespace Dotkube.Cli;

/// <summary>Builds the <c>dotkube</c> command tree. Commands only wire components together.</summary>
public static class RootCommandFactory
{
    /// <summary>
    /// System.CommandLine turns SIGINT/SIGTERM into the actions' cancellation token and exits with
    /// 130/143 if an action has not returned this long after; its default of 2 s cut the server's
    /// orderly shutdown (controllers and scheduler releasing their leases, the API server draining)
    /// short under load. 60 s is upstream's shutdown budget.
    /// </summary>
    public static InvocationConfiguration Invocation() => new() { ProcessTerminationTimeout = TimeSpan.FromSeconds(60) };

    public static RootCommand Create()
    {
        var root = new RootCommand("dotkube: a Kubernetes-compatible container orchestrator in one binary")
        {
            VersionCommand.Create(),
            ServerCommand.Create(),
            AgentCommand.Create(),
            SchedulerCommand.Create(),
            ImagesCommand.Create(),
            UninstallCommand.Create(),
        };
        return root;
    }
}
