using System.Collections.Concurrent;
using System.Diagnostics;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Cri.V1;

namespace Dotkube.Bench.Kubelet;

/// <summary>One raw CRI pod: offsets on the floor's clock from its due time, and its ids for the cleanup.</summary>
public sealed record RawPod(TimeSpan Due, TimeSpan Sandbox, TimeSpan Created, TimeSpan Started, string SandboxId, string Uid)
{
    /// <summary>Due time to container started: the floor's counterpart of create -> Running.</summary>
    public TimeSpan Latency => Started - Due;
}

/// <summary>
/// The runtime floor: the same containerd the agent uses, driven straight over CRI with what the
/// kubelet asks of it for one pod (RunPodSandbox on the pod network, CreateContainer,
/// StartContainer), pods due at the same rate as the measured ones, each on its own as they come
/// (open loop, like the kubelet's per-pod workers). No API server, scheduler, watch, volumes or
/// status writes: what is left is containerd, runc and CNI. The sandboxes carry no kubelet labels
/// (io.kubernetes.pod.uid), so the agent's relist never adopts or removes them.
/// </summary>
public sealed class RuntimeFloor(string socket, string logRoot)
{
    private const string Namespace = "dotkube-bench-raw";
    private const string BusyboxImage = "docker.io/library/busybox:latest";

    public async Task<IReadOnlyList<RawPod>> RunAsync(int count, double rate, CancellationToken ct)
    {
        using var runtime = new RuntimeServiceClient(new CriClientOptions { Endpoint = "unix://" + socket });
        using var images = new ImageServiceClient(new CriClientOptions { Endpoint = "unix://" + socket });
        var image = await images.ImageStatusAsync(new ImageSpec { Image = BusyboxImage }, ct)
                    ?? throw new InvalidOperationException($"{BusyboxImage} is not in the agent's containerd");
        var done = new ConcurrentBag<RawPod>();
        var clock = Stopwatch.StartNew();
        var runs = new List<Task>();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            if (due > clock.Elapsed)
                await Task.Delay(due - clock.Elapsed, ct);
            var name = $"raw-{i:D3}";
            runs.Add(Task.Run(async () => done.Add(await RunOneAsync(runtime, image.Id, name, due, clock, ct)), ct));
        }

        await Task.WhenAll(runs);
        return [.. done.OrderBy(p => p.Due)];
    }

    /// <summary>Stops and removes every sandbox of the floor (with its container), in parallel.</summary>
    public async Task RemoveAsync(IEnumerable<RawPod> pods, CancellationToken ct)
    {
        using var runtime = new RuntimeServiceClient(new CriClientOptions { Endpoint = "unix://" + socket });
        await Parallel.ForEachAsync(pods, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (pod, token) =>
        {
            await runtime.StopPodSandboxAsync(pod.SandboxId, token);
            await runtime.RemovePodSandboxAsync(pod.SandboxId, token);
        });
        if (Directory.Exists(logRoot))
            Directory.Delete(logRoot, recursive: true);
    }

    private async Task<RawPod> RunOneAsync(RuntimeServiceClient runtime, string imageId, string name, TimeSpan due, Stopwatch clock, CancellationToken ct)
    {
        var sandboxConfig = SandboxConfig(name);
        Directory.CreateDirectory(Path.Combine(sandboxConfig.LogDirectory, "busybox"));
        var sandboxId = await runtime.RunPodSandboxAsync(sandboxConfig, "", ct);
        var sandboxDone = clock.Elapsed;
        var containerId = await runtime.CreateContainerAsync(sandboxId, ContainerConfig(imageId), sandboxConfig, ct);
        var created = clock.Elapsed;
        await runtime.StartContainerAsync(containerId, ct);
        return new RawPod(due, sandboxDone, created, clock.Elapsed, sandboxId, sandboxConfig.Metadata.Uid);
    }

    /// <summary>What the kubelet's sandbox config holds for a plain BestEffort pod: pod network, cluster DNS, its cgroup, a log dir.</summary>
    private PodSandboxConfig SandboxConfig(string name)
    {
        var uid = Guid.NewGuid().ToString();
        var config = new PodSandboxConfig
        {
            Metadata = new PodSandboxMetadata { Name = name, Namespace = Namespace, Uid = uid },
            Hostname = name,
            LogDirectory = Path.Combine(logRoot, $"{Namespace}_{name}_{uid}"),
            DnsConfig = new DNSConfig { Servers = { "10.43.0.10" }, Searches = { $"{Namespace}.svc.cluster.local", "svc.cluster.local", "cluster.local" }, Options = { "ndots:5" } },
            Linux = new LinuxPodSandboxConfig
            {
                CgroupParent = $"/kubepods/besteffort/pod{uid}",
                SecurityContext = new LinuxSandboxSecurityContext { NamespaceOptions = PodNamespaces() },
            },
        };
        config.Labels.Add("dotkube.bench/raw", "true");
        return config;
    }

    private static ContainerConfig ContainerConfig(string imageId)
    {
        var config = new ContainerConfig
        {
            Metadata = new ContainerMetadata { Name = "busybox" },
            Image = new ImageSpec { Image = imageId, UserSpecifiedImage = BusyboxImage },
            LogPath = Path.Combine("busybox", "0.log"),
            Linux = new LinuxContainerConfig
            {
                Resources = new LinuxContainerResources { CpuShares = 2 },
                SecurityContext = new LinuxContainerSecurityContext { NamespaceOptions = PodNamespaces() },
            },
        };
        config.Command.AddRange(["sleep", "3600"]);
        config.Labels.Add("dotkube.bench/raw", "true");
        return config;
    }

    private static NamespaceOption PodNamespaces() => new() { Network = NamespaceMode.Pod, Pid = NamespaceMode.Container, Ipc = NamespaceMode.Pod };
}
