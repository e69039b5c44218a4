using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Kubelet.Linux;
using Dotkube.Kubelet.Tests.Pods;
using Dotkube.Kubelet.Tests.Support;

namespace Dotkube.Kubelet.Tests.Volumes;

/// <summary>
/// E2E: pod volumes and container config on a real node (root + containerd). Pods serve their
/// files with busybox httpd so the test reads what the container sees.
/// </summary>
public sealed class PodVolumesTests(PodNodeFixture node) : IClassFixture<PodNodeFixture>
{
    private const string Ns = "default";
    private const string Busybox = "docker.io/library/busybox:1.36";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task An_init_container_writes_into_an_emptyDir_that_the_app_serves_and_a_memory_emptyDir_is_a_sized_tmpfs()
    {
        var pod = await node.Client.CreateAsync(Pod("shared", "df -k /scratch | tail -1 > /www/scratch.txt; exec httpd -f -p 8080 -h /www",
            [Mount("www", "/www"), Mount("scratch", "/scratch")],
            [
                new Volume { Name = "www", EmptyDir = new EmptyDirVolumeSource() },
                new Volume { Name = "scratch", EmptyDir = new EmptyDirVolumeSource { Medium = "Memory", SizeLimit = Quantity.Parse("16Mi") } },
            ],
            init: new Container { Name = "init", Image = Busybox, Command = ["sh", "-c", "echo from-init > /www/index.html"], VolumeMounts = [Mount("www", "/www")] }));
        var running = await RunningAsync(pod);

        Assert.Equal("from-init", (await GetAsync(running, "/index.html")).Trim());
        var df = await GetAsync(running, "/scratch.txt");
        Assert.True(df.Contains("tmpfs", StringComparison.Ordinal) && df.Contains("16384", StringComparison.Ordinal), df);
        var emptyDir = Path.Combine(node.KubeletRoot, "pods", running.Metadata.Uid!, "volumes", "kubernetes.io~empty-dir");
        Assert.Equal("from-init", File.ReadAllText(Path.Combine(emptyDir, "www", "index.html")).Trim());

        await DeleteAndCheckCleanedAsync(running);
    }

    [Fact]
    public async Task ConfigMap_Secret_and_downward_API_reach_env_and_files_and_a_changed_ConfigMap_updates_its_file()
    {
        await node.Client.CreateAsync(new ConfigMap
        {
            Metadata = new ObjectMeta { Name = "app-config", Namespace = Ns },
            Data = new() { ["greeting"] = "hello", ["color"] = "blue" },
        });
        await node.Client.CreateAsync(new Secret
        {
            Metadata = new ObjectMeta { Name = "app-secret", Namespace = Ns },
            Data = new() { ["password"] = Encoding.UTF8.GetBytes("s3cret") },
        });
        var spec = Pod("config", "env > /tmp/env.txt; exec httpd -f -p 8080 -h /",
            [Mount("cfg", "/etc/cfg"), Mount("sec", "/etc/sec"), Mount("info", "/etc/info")],
            [
                new Volume { Name = "cfg", ConfigMap = new ConfigMapVolumeSource { Name = "app-config" } },
                new Volume { Name = "sec", Secret = new SecretVolumeSource { SecretName = "app-secret", Items = [new KeyToPath { Key = "password", Path = "pw" }] } },
                new Volume
                {
                    Name = "info",
                    DownwardAPI = new DownwardAPIVolumeSource
                    {
                        Items =
                        [
                            new DownwardAPIVolumeFile { Path = "labels", FieldRef = new ObjectFieldSelector { FieldPath = "metadata.labels" } },
                            new DownwardAPIVolumeFile { Path = "name", FieldRef = new ObjectFieldSelector { FieldPath = "metadata.name" } },
                            new DownwardAPIVolumeFile { Path = "namespace", FieldRef = new ObjectFieldSelector { FieldPath = "metadata.namespace" } },
                        ],
                    },
                },
            ]);
        spec.Metadata.Labels = new() { ["app"] = "config", ["tier"] = "test" };
        var main = spec.Spec.Containers[0];
        main.EnvFrom = [new EnvFromSource { Prefix = "CFG_", ConfigMapRef = new ConfigMapEnvSource { Name = "app-config" } }];
        main.Env =
        [
            new EnvVar { Name = "GREETING", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "app-config", Key = "greeting" } } },
            new EnvVar { Name = "PASSWORD", ValueFrom = new EnvVarSource { SecretKeyRef = new SecretKeySelector { Name = "app-secret", Key = "password" } } },
            Field("POD_NAME", "metadata.name"),
            Field("POD_NAMESPACE", "metadata.namespace"),
            Field("POD_IP", "status.podIP"),
            Field("APP_LABEL", "metadata.labels['app']"),
        ];
        var running = await RunningAsync(await node.Client.CreateAsync(spec));

        var env = (await GetAsync(running, "/tmp/env.txt")).Split('\n');
        Assert.Subset(env.ToHashSet(),
        new HashSet<string>
        {
            "GREETING=hello", "PASSWORD=s3cret", "CFG_color=blue", "CFG_greeting=hello", "POD_NAME=config", "POD_NAMESPACE=default",
            "POD_IP=" + running.Status.PodIP, "APP_LABEL=config",
        });
        Assert.Equal("hello", await GetAsync(running, "/etc/cfg/greeting"));
        Assert.Equal("s3cret", await GetAsync(running, "/etc/sec/pw"));
        Assert.Equal("app=\"config\"\ntier=\"test\"", await GetAsync(running, "/etc/info/labels"));
        Assert.Equal(("config", "default"), (await GetAsync(running, "/etc/info/name"), await GetAsync(running, "/etc/info/namespace")));
        var secretDir = Path.Combine(node.KubeletRoot, "pods", running.Metadata.Uid!, "volumes", "kubernetes.io~secret", "sec");
        Assert.Contains(secretDir, Mounts.Under(node.KubeletRoot)); // secrets live in memory

        var config = await node.Client.GetAsync<ConfigMap>(Ns, "app-config");
        config.Data!["greeting"] = "bonjour";
        await node.Client.UpdateAsync(config);
        await Eventually.HoldsAsync(async () => await GetAsync(running, "/etc/cfg/greeting") == "bonjour", TimeSpan.FromSeconds(30),
            "the mounted ConfigMap file follows the update");

        await DeleteAndCheckCleanedAsync(running);
    }

    [Fact]
    public async Task A_missing_ConfigMap_key_keeps_the_container_waiting_with_CreateContainerConfigError()
    {
        await node.Client.CreateAsync(new ConfigMap { Metadata = new ObjectMeta { Name = "keyless", Namespace = Ns }, Data = new() { ["other"] = "x" } });
        var spec = Pod("missing-key", "sleep 3600", [], []);
        spec.Spec.Containers[0].Env =
            [new EnvVar { Name = "FOO", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "keyless", Key = "foo" } } }];
        var pod = await node.Client.CreateAsync(spec);

        var waiting = await WaitForAsync(pod, p => p.Status.ContainerStatuses?.SingleOrDefault()?.State.Waiting?.Reason == "CreateContainerConfigError",
            "waiting with CreateContainerConfigError");
        Assert.Equal("couldn't find key foo in ConfigMap default/keyless", waiting.Status.ContainerStatuses!.Single().State.Waiting!.Message);
        Assert.Equal("Pending", waiting.Status.Phase);
        await Eventually.HoldsAsync(async () => (await EventsAsync(pod)).Any(e => e.Reason == "Failed"
            && e.Message == "Error: couldn't find key foo in ConfigMap default/keyless"), Timeout, "a Failed event with the error");

        await DeleteAndCheckCleanedAsync(waiting);
    }

    [Fact]
    public async Task A_missing_ConfigMap_volume_keeps_the_pod_ContainerCreating_with_FailedMount_until_the_ConfigMap_appears()
    {
        var pod = await node.Client.CreateAsync(Pod("late", "exec httpd -f -p 8080 -h /etc/cfg", [Mount("cfg", "/etc/cfg")],
            [new Volume { Name = "cfg", ConfigMap = new ConfigMapVolumeSource { Name = "late-config" } }]));

        await Eventually.HoldsAsync(async () => (await EventsAsync(pod)).Any(e => e.Reason == "FailedMount" && e.Type == "Warning"
            && e.Message == "MountVolume.SetUp failed for volume \"cfg\" : configmap \"late-config\" not found"), Timeout, "a FailedMount event");
        // The event comes first in a sync, the status after it.
        await WaitForAsync(pod, p => p.Status.ContainerStatuses?.SingleOrDefault()?.State.Waiting?.Reason == "ContainerCreating", "ContainerCreating");
        Assert.Empty(await node.SandboxesOfAsync(pod.Metadata.Uid!));

        await node.Client.CreateAsync(new ConfigMap { Metadata = new ObjectMeta { Name = "late-config", Namespace = Ns }, Data = new() { ["index.html"] = "finally" } });
        var running = await RunningAsync(pod);
        Assert.Equal("finally", await GetAsync(running, "/index.html"));

        await DeleteAndCheckCleanedAsync(running);
    }

    private static Pod Pod(string name, string script, List<VolumeMount> mounts, List<Volume> volumes, Container? init = null) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = Ns },
        Spec = new PodSpec
        {
            NodeName = PodNodeFixture.NodeName,
            TerminationGracePeriodSeconds = 1,
            InitContainers = init is null ? null : [init],
            Containers = [new Container { Name = "main", Image = Busybox, Command = ["sh", "-c", script], VolumeMounts = mounts }],
            Volumes = volumes,
        },
    };

    private static VolumeMount Mount(string name, string path) => new() { Name = name, MountPath = path };

    private static EnvVar Field(string name, string path) =>
        new() { Name = name, ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = path } } };

    private Task<Pod> RunningAsync(Pod pod) =>
        WaitForAsync(pod, p => p.Status.Phase == "Running" && p.Status.PodIP is not null, "Running with a pod IP");

    private Task<Pod> WaitForAsync(Pod pod, Func<Pod, bool> condition, string what) => node.WaitForAsync(pod, condition, what);

    private Task<string> GetAsync(Pod pod, string path) => _http.HttpGetAsync(pod, path);

    private async Task<List<Event>> EventsAsync(Pod pod) =>
        [.. (await node.Client.ListAsync<Event>(Ns)).Items.Where(e => e.InvolvedObject.Uid == pod.Metadata.Uid)];

    /// <summary>Deletes the pod and checks that its volumes went with it: no directory, nothing mounted.</summary>
    private async Task DeleteAndCheckCleanedAsync(Pod pod)
    {
        await node.DeletePodAsync(Ns, pod.Metadata.Name!);
        var podDir = Path.Combine(node.KubeletRoot, "pods", pod.Metadata.Uid!);
        Assert.False(Directory.Exists(podDir), $"{podDir} is removed");
        Assert.DoesNotContain(Mounts.Under(node.KubeletRoot), m => m.StartsWith(podDir, StringComparison.Ordinal));
    }
}
