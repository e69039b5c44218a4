using System.CommandLine;
using Dotkube.Agent;
using Dotkube.ApiServer;
using Dotkube.ApiServer.Logging;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Kubelet.Cleanup;
using Microsoft.Extensions.Logging;

namespace Dotkube.Cli;

/// <summary>
/// <c>dotkube agent --kubeconfig PATH</c>: the node agent on its own, against any API server,
/// with the identity of the kubeconfig (a node's: CN=system:node:NAME, O=system:nodes).
/// k3s's <c>--server URL --token T</c> join (the agent fetching its certificate with a join
/// token) is not implemented yet and says so.
/// </summary>
public static class AgentCommand
{
    public static Option<string?> RuntimeEndpointOption() =>
        new("--container-runtime-endpoint") { Description = "Use this existing CRI endpoint (unix:///run/containerd/containerd.sock) instead of our own containerd" };

    public static Option<string?> ImagesDirOption() =>
        new("--images-dir")
        {
            Description = $"A directory of image tarballs imported besides DATA_DIR/agent/images (default: ${AgentOptions.ImagesDirVariable}, set by the ./dotkube launcher to its built images)",
            DefaultValueFactory = _ => AgentOptions.DefaultExtraImagesDir(),
        };

    public static Command Create()
    {
        var kubeconfig = new Option<string?>("--kubeconfig") { Description = "Kubeconfig with this node's identity (CN=system:node:NAME, O=system:nodes)" };
        var server = new Option<string?>("--server", "-s") { Description = "API server URL to join with --token (not supported yet)" };
        var token = new Option<string?>("--token", "-t") { Description = "Join token (not supported yet)" };
        var dataDir = new Option<string>("--data-dir", "-d") { Description = "Folder for the agent's state (under DATA_DIR/agent)", DefaultValueFactory = _ => new ApiServerOptions().DataDir };
        var nodeName = new Option<string?>("--node-name") { Description = "This node's name (default: the host name)" };
        var runtimeEndpoint = RuntimeEndpointOption();
        var imagesDir = ImagesDirOption();
        var command = new Command("agent", "Run the node agent (containerd, node registration and status) against an API server")
        {
            kubeconfig, server, token, dataDir, nodeName, runtimeEndpoint, imagesDir,
        };
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            if (result.GetValue(kubeconfig) is not { Length: > 0 } path)
            {
                await error.WriteLineAsync(result.GetValue(server) is not null || result.GetValue(token) is not null
                    ? "dotkube agent: joining with --server and --token is not supported yet; pass --kubeconfig with a node identity (CN=system:node:NAME, O=system:nodes)"
                    : "dotkube agent: --kubeconfig is required");
                return 1;
            }

            AgentOptions options;
            KubeClient client;
            try
            {
                options = new AgentOptions
                {
                    DataDir = Path.GetFullPath(result.GetValue(dataDir)!),
                    NodeName = AgentOptions.NodeNameOrHost(result.GetValue(nodeName)),
                    ContainerRuntimeEndpoint = result.GetValue(runtimeEndpoint),
                    ExtraImageDirs = result.GetValue(imagesDir) is { Length: > 0 } extra ? [Path.GetFullPath(extra)] : [],
                };
                client = new KubeClient(KubeconfigLoader.Load(path));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or IOException or InvalidOperationException)
            {
                await error.WriteLineAsync($"dotkube agent: {e.Message}");
                return 1;
            }

            using (client)
            {
                using var signals = new ShutdownSignals(ct);
                using var pidFile = DotkubePidFile.Write(DotkubePidFile.AgentPath(options.DataDir));
                using var loggers = LoggerFactory.Create(KlogFormatter.Configure);
                await new AgentHost(options, client, loggers, TimeProvider.System).RunAsync(signals.Token);
                return 0;
            }
        });
        return command;
    }
}
