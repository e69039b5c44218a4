using System.Diagnostics;
using System.Runtime.CompilerServices;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Kubelet.Containerd;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Cri.V1;
using Dotkube.Kubelet.Pods;
using Dotkube.Kubelet.Tests.Support;
using Dotkube.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Kubelet.Tests.Pods;

/// <summary>
/// One real node for the pod e2e tests: an in-process API server with a Node object (podCIDR set
/// by hand), our containerd in a temp dir with busybox and pause imported, a bridge + host-local
/// CNI config on a bridge and subnet of its own, and a <see cref="PodManager"/> for the node.
/// Disposing removes every sandbox (so CNI tears veths and netns down), stops containerd, deletes
/// the bridge and unmounts and removes the temp dir.
/// </summary>
public sealed class PodNodeFixture : IAsyncLifetime
{
    public const string NodeName = "pods-e2e";
    public const string NodeIP = "127.0.0.1";

    private readonly string _bridge = "dkt" + Guid.NewGuid().ToString("N")[..8];
    private readonly int _subnet = Random.Shared.Next(1, 250);
    private AgentDirectory? _agent;
    private string? _images;
    private InProcessCluster? _cluster;
    private ContainerRuntime? _containerd;
    private CancellationTokenSource? _stop;
    private Task? _manager;

    public KubeClient Client { get; private set; } = null!;

    /// <summary>The in-process API server (its PKI issues test certificates; its admin kubeconfig serves kubectl).</summary>
    public InProcessCluster Cluster => _cluster ?? throw new InvalidOperationException("the fixture has not started");

    /// <summary>The running pod manager (a new one after <see cref="RestartManagerAsync"/>).</summary>
    public PodManager Manager { get; private set; } = null!;

    /// <summary>The manager's log on stderr when DOTKUBE_TEST_LOG is set, for debugging a failing run.</summary>
    internal static ILoggerFactory Loggers { get; } = Environment.GetEnvironmentVariable("DOTKUBE_TEST_LOG") is null
        ? NullLoggerFactory.Instance
        : LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).AddFilter("Dotkube", LogLevel.Debug)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));

    public RuntimeServiceClient Runtime { get; private set; } = null!;

    public ImageServiceClient Images { get; private set; } = null!;

    public string LogsRoot => Path.Combine(_agent!.Path, "pod-logs");

    /// <summary>The kubelet root (pod volumes); under the temp dir, so disposing unmounts and removes it.</summary>
    public string KubeletRoot => Path.Combine(_agent!.Path, "kubelet");

    /// <summary>Short, so a changed ConfigMap reaches its volume within a test's patience.</summary>
    public static TimeSpan SyncFrequency { get; } = TimeSpan.FromSeconds(2);

    public async Task InitializeAsync()
    {
        NodeRequirements.RequireContainerd();
        var images = _images = await BuildImagesAsync();
        _agent = new AgentDirectory();
        _cluster = await InProcessCluster.StartAsync();
        Client = new KubeClient(KubeconfigLoader.Load(_cluster.KubeconfigPath));
        await Client.CreateAsync(new Api.Core.V1.Node
        {
            Metadata = new ObjectMeta { Name = NodeName },
            Spec = new NodeSpec { PodCIDR = $"10.199.{_subnet}.0/24", PodCIDRs = [$"10.199.{_subnet}.0/24"] },
        });

        var options = new ContainerdOptions { DataDir = _agent.Path, SandboxImage = "registry.k8s.io/pause:3.10" };
        Directory.CreateDirectory(options.CniConfDir);
        await File.WriteAllTextAsync(Path.Combine(options.CniConfDir, "10-test.conflist"), CniConfig());
        _containerd = await ContainerRuntime.StartAsync(options, Loggers, TimeProvider.System, CancellationToken.None);
        var ctr = new Ctr(options.Socket);
        await ctr.RunAsync("images", "import", Path.Combine(images, "pause.tar"));
        await ctr.RunAsync("images", "import", Path.Combine(images, "busybox.tar"));
        Runtime = new RuntimeServiceClient(new CriClientOptions { Endpoint = _containerd.Endpoint });
        Images = new ImageServiceClient(new CriClientOptions { Endpoint = _containerd.Endpoint });
        await Eventually.HoldsAsync(async () => (await Runtime.StatusAsync()).Status.Conditions.All(c => c.Status),
            TimeSpan.FromSeconds(30), "containerd reports RuntimeReady and NetworkReady");
        StartManager();
    }

    /// <summary>Stops the pod manager and starts a new one, as an agent restart does.</summary>
    public async Task RestartManagerAsync()
    {
        await StopManagerAsync();
        StartManager();
    }

    public async Task<Pod> GetAsync(string ns, string name) => await Client.GetAsync<Pod>(ns, name);

    public async Task<IReadOnlyList<PodSandbox>> SandboxesOfAsync(string uid)
    {
        var filter = new PodSandboxFilter();
        filter.LabelSelector[RuntimeLabels.PodUid] = uid;
        return await Runtime.ListPodSandboxAsync(filter);
    }

    public async Task DisposeAsync()
    {
        await StopManagerAsync();
        if (_containerd is not null)
        {
            foreach (var sandbox in await Runtime.ListPodSandboxAsync())
            {
                await Runtime.StopPodSandboxAsync(sandbox.Id);
                await Runtime.RemovePodSandboxAsync(sandbox.Id);
            }

            Runtime.Dispose();
            Images.Dispose();
            await _containerd.DisposeAsync();
        }

        await RunAsync("ip", "link", "delete", _bridge);
        Client?.Dispose();
        if (_cluster is not null)
            await _cluster.DisposeAsync();
        _agent?.Dispose();
        if (_images is not null)
            Directory.Delete(_images, recursive: true);
    }

    private void StartManager()
    {
        var manager = Manager = new PodManager(Client, Runtime, Images,
            new PodManagerOptions
            {
                NodeName = NodeName,
                NodeIPs = [NodeIP],
                PodLogsRoot = LogsRoot,
                KubeletRoot = KubeletRoot,
                Workers = 8,
                SyncFrequency = SyncFrequency,
            },
            TimeProvider.System, Loggers);
        _stop = new CancellationTokenSource();
        _manager = Task.Run(() => manager.RunAsync(_stop.Token));
    }

    private async Task StopManagerAsync()
    {
        if (_stop is null || _manager is null)
            return;
        await _stop.CancelAsync();
        try
        {
            await _manager;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _stop = null;
    }

    private string CniConfig() => $$"""
        {
          "cniVersion": "1.0.0",
          "name": "dotkube-pods-test",
          "plugins": [
            {
              "type": "bridge",
              "bridge": "{{_bridge}}",
              "isGateway": true,
              "ipMasq": false,
              "hairpinMode": true,
              "ipam": {
                "type": "host-local",
                "ranges": [[{ "subnet": "10.199.{{_subnet}}.0/24" }]],
                "dataDir": "{{Path.Combine(_agent!.Path, "cni-ipam")}}"
              }
            },
            { "type": "portmap", "capabilities": { "portMappings": true } }
          ]
        }
        """;

    private static async Task<string> BuildImagesAsync()
    {
        var output = Directory.CreateTempSubdirectory("dotkube-images-").FullName;
        var script = Path.Combine(RepositoryRoot(), "images", "build.sh");
        var (code, text) = await RunAsync("bash", script, output);
        Assert.True(code == 0, $"images/build.sh failed: {text}");
        return output;
    }

    private static string RepositoryRoot([CallerFilePath] string source = "")
    {
        // Builds go to an artifacts path outside the repository, so find it from this file's path.
        var directory = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "dotkube.slnx")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("not inside the dotkube repository");
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
