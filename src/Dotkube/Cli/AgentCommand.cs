using System.CommandLine;
using Dotkube.Agent;
using Dotkube.ApiServer;
using Dotkube.ApiServer.Logging;
using Dotkube.Client;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Kubelet.Cleanup;
using Dotkube.Kubelet.Node;
using Dotkube.Kubelet.Server;
using Microsoft.Extensions.Logging;

namespace Dotkube.Cli;

/// <summary>
/// <c>dotkube agent --server URL --token T</c>: the node agent on its own, joined as k3s's agent
/// joins (see <see cref="NodeJoin"/>): it gets its own identity (CN=system:node:NAME, O=system:nodes)
/// and kubelet serving certificate from the server and talks to it only over HTTPS. Or
/// <c>--kubeconfig PATH</c> with a node identity made elsewhere (then no kubelet API, for want of a
/// serving certificate).
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
        var server = new Option<string?>("--server", "-s") { Description = "The server to join, https://HOST:6443 (with --token)" };
        var token = new Option<string?>("--token", "-t") { Description = "The server's join token (DATA_DIR/server/token on the server)" };
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
            var joinServer = result.GetValue(server);
            var joinToken = result.GetValue(token);
            var kubeconfigPath = result.GetValue(kubeconfig);
            if ((joinServer is null) != (joinToken is null) || (joinServer is null) == (kubeconfigPath is null))
            {
                await error.WriteLineAsync("dotkube agent: pass either --server URL and --token TOKEN (join, as k3s agent), or --kubeconfig with a node identity");
                return 1;
            }

            using var signals = new ShutdownSignals(ct);
            AgentOptions options;
            KubeClient client;
            try
            {
                var agentDataDir = Path.GetFullPath(result.GetValue(dataDir)!);
                var name = AgentOptions.NodeNameOrHost(result.GetValue(nodeName));
                KubeletServerOptions? kubeletApi = null;
                if (kubeconfigPath is not null)
                {
                    client = new KubeClient(KubeconfigLoader.Load(kubeconfigPath));
                }
                else
                {
                    (client, kubeletApi) = await JoinAsync(joinServer!, joinToken!, agentDataDir, name, signals.Token);
                }

                options = new AgentOptions
                {
                    DataDir = agentDataDir,
                    NodeName = name,
                    ContainerRuntimeEndpoint = result.GetValue(runtimeEndpoint),
                    ExtraImageDirs = result.GetValue(imagesDir) is { Length: > 0 } extra ? [Path.GetFullPath(extra)] : [],
                    KubeletServer = kubeletApi,
                };
            }
            catch (Exception e) when (e is FormatException or ArgumentException or IOException or InvalidOperationException or JoinException)
            {
                await error.WriteLineAsync($"dotkube agent: {e.Message}");
                return 1;
            }
            catch (OperationCanceledException) when (signals.Token.IsCancellationRequested)
            {
                return 0;
            }

            using (client)
            {
                using var pidFile = DotkubePidFile.Write(DotkubePidFile.AgentPath(options.DataDir));
                using var loggers = LoggerFactory.Create(KlogFormatter.Configure);
                await new AgentHost(options, client, loggers, TimeProvider.System).RunAsync(signals.Token);
                return 0;
            }
        });
        return command;
    }

    /// <summary>Joins (or reuses the credentials of an earlier join) and returns the node's client and kubelet API settings.</summary>
    private static async Task<(KubeClient Client, KubeletServerOptions KubeletApi)> JoinAsync(string serverUrl, string token, string dataDir,
        string nodeName, CancellationToken ct)
    {
        var url = Uri.TryCreate(serverUrl, UriKind.Absolute, out var parsed) ? parsed : throw new ArgumentException($"--server must be a URL, got \"{serverUrl}\"");
        var join = new NodeJoin(url, JoinToken.Parse(token), Path.Combine(dataDir, "agent"), nodeName, [NodeAddresses.InternalIp(HostFiles.Host)],
            TimeProvider.System);
        var credentials = await join.LoadOrJoinAsync(ct);
        var client = new KubeClient(new ClientOptions
        {
            Server = url,
            CertificateAuthorityPem = credentials.ServerCaPem,
            ClientCertificatePem = credentials.Client.CertificatePem,
            ClientKeyPem = credentials.Client.KeyPem,
            UserAgent = AgentHost.UserAgent,
        });
        return (client, new KubeletServerOptions
        {
            ServingCertificatePem = credentials.Serving.CertificatePem,
            ServingKeyPem = credentials.Serving.KeyPem,
            ClientCaPem = credentials.ClientCaPem,
        });
    }
}
