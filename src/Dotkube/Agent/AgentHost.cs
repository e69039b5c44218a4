using Dotkube.Client.Rest;
using Dotkube.Images;
using Dotkube.Kubelet.Containerd;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Node;
using Dotkube.Kubelet.Pods;
using Dotkube.Kubelet.Server;
using Microsoft.Extensions.Logging;

namespace Dotkube.Agent;

/// <summary>
/// The node agent, in <c>dotkube server</c> or on its own, started in order: the container
/// runtime (our containerd under DATA_DIR/agent, or an existing endpoint), the image tarball
/// watcher, the pods, the kubelet API (whose bound port the node advertises), then the node (registration,
/// lease, status, pod network); beside them the service proxy and cluster DNS (<see cref="ServiceNetwork"/>).
/// A runtime or kubelet API that cannot start (not root, containerd missing) is logged and the node
/// reports Ready=False, but the agent (and the server around it) keeps running.
/// <para>
/// A normal stop (SIGTERM, SIGINT) is k3s's <c>systemctl stop k3s</c>: the pod workers, the node
/// loops and the kubelet API end, and our containerd gets SIGTERM and exits cleanly, but pods
/// and containers keep running (their shims hold them) and their network, mounts and volumes stay,
/// so a restarted agent adopts them unchanged, as a restarted kubelet does. Only what belongs to
/// the stopped processes goes: containerd's pid file and socket and the agent's pid file.
/// Stopping everything and removing what dotkube created is <c>dotkube uninstall</c>, our
/// k3s-killall.sh (plus k3s-uninstall.sh with --data-dir).
/// </para>
/// </summary>
public sealed partial class AgentHost(AgentOptions options, KubeClient client, ILoggerFactory loggers, TimeProvider time)
{
    /// <summary>The user agent of the kubelet's API requests.</summary>
    public const string UserAgent = "kubelet/dotkube";

    /// <summary>The client certificate's user for <paramref name="nodeName"/>, as the Node authorizer expects.</summary>
    public static string UserName(string nodeName) => "system:node:" + nodeName;

    public async Task RunAsync(CancellationToken ct)
    {
        var logger = loggers.CreateLogger<AgentHost>();
        Directory.CreateDirectory(options.ImagesDir);
        var containerd = new ContainerdOptions { DataDir = options.AgentDir, ContainerRuntimeEndpoint = options.ContainerRuntimeEndpoint };
        ContainerRuntime? runtime = null;
        try
        {
            runtime = await ContainerRuntime.StartAsync(containerd, loggers, time, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            // Not fatal: the control plane keeps serving and the node says NotReady.
            LogRuntimeFailed(logger, e);
        }

        using var runtimeClient = runtime is null ? null : new RuntimeServiceClient(new CriClientOptions { Endpoint = runtime.Endpoint, Time = time });
        using var imageClient = runtime is null ? null : new ImageServiceClient(new CriClientOptions { Endpoint = runtime.Endpoint, Time = time });
        using var tasksClient = runtime is null ? null : new ContainerdTasksClient(new CriClientOptions { Endpoint = runtime.Endpoint, Time = time });
        KubeletServer? kubeletApi = null;
        var nodeIp = NodeAddresses.InternalIp(HostFiles.Host);
        // Services work whether or not the runtime started: host traffic to cluster IPs needs only the rules.
        using var servicesStop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var services = Task.Run(() => new ServiceNetwork(options, client, nodeIp, loggers, time).RunAsync(servicesStop.Token), CancellationToken.None);
        try
        {
            var podOptions = new PodManagerOptions { NodeName = options.NodeName, NodeIPs = [nodeIp.ToString()], ClusterDns = options.ClusterDnsIp.ToString() };
            var manager = runtimeClient is null || imageClient is null ? null : new PodManager(client, runtimeClient, imageClient, podOptions, time, loggers);
            kubeletApi = await StartKubeletApiAsync(manager, runtimeClient, tasksClient, podOptions.KubeletRoot, logger, ct);
            var node = new NodeAgent(client, new NodeOptions
                {
                    NodeName = options.NodeName,
                    DataDir = options.AgentDir,
                    ControlPlane = options.ControlPlane,
                    KubeletPort = kubeletApi?.Port ?? options.KubeletServer?.Port ?? new NodeOptions().KubeletPort,
                },
                runtimeClient, imageClient, time, loggers.CreateLogger<NodeAgent>())
            {
                // An external runtime has its own CNI config; ours is written into our containerd's conf dir.
                PodNetwork = runtime?.Supervisor is null ? null : new PodNetworkPaths(containerd.CniConfDir, containerd.CniIpamDataDir),
            };
            var images = runtime?.Supervisor is { } supervisor
                ? new ImageWatcher([options.ImagesDir, .. options.ExtraImageDirs], containerd.RootDir,
                    new ImageImporter(new ImageImporterOptions { Address = containerd.Socket, Snapshotter = supervisor.Snapshotter }),
                    time, loggers.CreateLogger<ImageWatcher>()).RunAsync(ct)
                : Task.CompletedTask;
            var pods = manager is null ? Task.CompletedTask : manager.RunAsync(ct);
            await Task.WhenAll(images, node.RunAsync(ct), pods);
        }
        finally
        {
            await servicesStop.CancelAsync();
            await services;
            if (kubeletApi is not null)
            {
                await kubeletApi.DisposeAsync();
            }

            if (runtime is not null)
            {
                await runtime.DisposeAsync();
            }
        }
    }

    /// <summary>The kubelet API over this node's pods; null (logged) when it is not configured or cannot listen.</summary>
    private async Task<KubeletServer?> StartKubeletApiAsync(PodManager? manager, RuntimeServiceClient? runtimeClient,
        ContainerdTasksClient? tasksClient, string kubeletRoot, ILogger logger, CancellationToken ct)
    {
        if (options.KubeletServer is not { } serverOptions || manager is null || runtimeClient is null || tasksClient is null)
        {
            return null;
        }

        try
        {
            // Exec fifos live beside containerd's state, under the agent's run dir.
            var streaming = new StreamingHandler(manager.GetPod, runtimeClient, tasksClient, Path.Combine(options.AgentDir, "run", "exec"), time,
                loggers.CreateLogger<StreamingHandler>());
            // Stats report the filesystem of the kubelet root, as upstream's node fs.
            var stats = new StatsHandler(runtimeClient, options.NodeName, kubeletRoot, time);
            return await KubeletServer.StartAsync(serverOptions, new ContainerLogsHandler(manager.GetPod, runtimeClient, time), streaming, time,
                loggers, ct, stats);
        }
        catch (IOException e)
        {
            // Not fatal either: pods run, only logs, exec and attach are unavailable.
            LogKubeletApiFailed(logger, serverOptions.Port, e);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The kubelet API did not start on port {Port}; pod logs, exec and attach are unavailable")]
    private static partial void LogKubeletApiFailed(ILogger logger, int port, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The container runtime did not start; the node stays NotReady")]
    private static partial void LogRuntimeFailed(ILogger logger, Exception exception);
}
