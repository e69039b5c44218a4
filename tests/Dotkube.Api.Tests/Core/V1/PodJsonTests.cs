using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Core.V1;

public class PodJsonTests
{
    [Fact]
    public void Deserialize_FullPod_ReencodesToSameJson()
    {
        var pod = KubeJson.Deserialize<Pod>(Encoding.UTF8.GetBytes(PodFixtures.FullPodJson));

        var encoded = KubeJson.Serialize(pod);

        var expected = JsonNode.Parse(PodFixtures.FullPodJson);
        var actual = JsonNode.Parse(encoded);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"re-encoded pod differs:\n{actual}");
    }

    [Fact]
    public void Deserialize_FullPod_KeepsEveryField()
    {
        var pod = KubeJson.Deserialize<Pod>(Encoding.UTF8.GetBytes(PodFixtures.FullPodJson));

        var web = pod.Spec.Containers[0];
        Assert.Equal("web", web.Name);
        Assert.Equal(8080, web.Ports![0].Port);
        Assert.Equal("http", web.LivenessProbe!.HttpGet!.Port.StringValue);
        Assert.Equal(8080, web.ReadinessProbe!.TcpSocket!.Port.IntValue);
        Assert.Equal(9090, web.StartupProbe!.Grpc!.Port);
        Assert.Equal(["cat", "/tmp/ready"], pod.Spec.InitContainers![0].ReadinessProbe!.Exec!.Command!);
        Assert.Equal(5, web.Lifecycle!.PreStop!.Sleep!.Seconds);
        Assert.Equal("metadata.name", web.Env![0].ValueFrom!.FieldRef!.FieldPath);
        Assert.Equal("limits.memory", web.Env[1].ValueFrom!.ResourceFieldRef!.Resource);
        Assert.Equal("settings", web.Env[2].ValueFrom!.ConfigMapKeyRef!.Name);
        Assert.Equal("password", web.Env[3].ValueFrom!.SecretKeyRef!.Key);
        Assert.Equal("Always", pod.Spec.InitContainers[1].RestartPolicy);
        Assert.Equal("web", pod.Spec.EphemeralContainers![0].TargetContainerName);
        Assert.Equal(3600, pod.Spec.Volumes![1].Projected!.Sources[0].ServiceAccountToken!.ExpirationSeconds);
        Assert.Equal("kubernetes.io/hostname", pod.Spec.Affinity!.PodAntiAffinity!.PreferredDuringSchedulingIgnoredDuringExecution![0].PodAffinityTerm.TopologyKey);
        Assert.Equal("NoExecute", pod.Spec.Tolerations![1].Effect);
        Assert.Equal(300, pod.Spec.Tolerations[1].TolerationSeconds);
        Assert.True(pod.Spec.HostIPC);
        Assert.Equal(2000, pod.Spec.SecurityContext!.FsGroup);
        Assert.Equal(PodPhase.Running, pod.Status.Phase);
        Assert.Equal("10.244.1.7", pod.Status.PodIPs![0].IP);
        Assert.Equal(3, pod.Status.ContainerStatuses![0].RestartCount);
        Assert.Equal(137, pod.Status.ContainerStatuses[0].LastTerminationState.Terminated!.ExitCode);
        Assert.NotNull(pod.Status.ContainerStatuses[0].State.Running);
        Assert.Equal("PodInitializing", pod.Status.InitContainerStatuses![0].State.Waiting!.Reason);
    }

    [Fact]
    public void Serialize_PodWithAwkwardKeys_WritesUpstreamSpellings()
    {
        var pod = new Pod
        {
            Spec = new PodSpec
            {
                HostIPC = true,
                HostPID = true,
                DnsPolicy = DNSPolicy.ClusterFirst,
                SetHostnameAsFQDN = true,
                OS = new PodOS { Name = OSName.Linux },
                SecurityContext = new PodSecurityContext
                {
                    FsGroup = 2000,
                    FsGroupChangePolicy = "OnRootMismatch",
                    SeLinuxOptions = new SELinuxOptions { Level = "s0:c1" },
                    SeLinuxChangePolicy = "MountOption",
                    WindowsOptions = new WindowsSecurityContextOptions { GmsaCredentialSpecName = "gmsa" },
                },
                Affinity = new Affinity
                {
                    NodeAffinity = new NodeAffinity
                    {
                        RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelector
                        {
                            NodeSelectorTerms = [new NodeSelectorTerm { MatchFields = [new NodeSelectorRequirement { Key = "metadata.name", Operator = NodeSelectorOperator.In, Values = ["n1"] }] }],
                        },
                    },
                },
                Volumes =
                [
                    new Volume { Name = "a", Fc = new FCVolumeSource { Wwids = ["w1"] } },
                    new Volume { Name = "b", Glusterfs = new GlusterfsVolumeSource { EndpointsName = "gfs", Path = "/v" } },
                    new Volume { Name = "c", DownwardAPI = new DownwardAPIVolumeSource() },
                    new Volume { Name = "d", ScaleIO = new ScaleIOVolumeSource { Gateway = "g", System = "s" } },
                    new Volume { Name = "e", Storageos = new StorageOSVolumeSource() },
                    new Volume { Name = "f", GcePersistentDisk = new GCEPersistentDiskVolumeSource { PdName = "pd" } },
                    new Volume { Name = "g", AwsElasticBlockStore = new AWSElasticBlockStoreVolumeSource { VolumeID = "vol" } },
                    new Volume { Name = "h", Iscsi = new ISCSIVolumeSource { Iqn = "iqn", IscsiInterface = "default" } },
                ],
            },
            Status = new PodStatus
            {
                HostIPs = [new HostIP { IP = "192.168.0.2" }],
                PodIPs = [new PodIP { IP = "10.0.0.1" }],
                QosClass = PodQOSClass.BestEffort,
                ContainerStatuses =
                [
                    new ContainerStatus
                    {
                        ImageID = "sha256:abc",
                        ContainerID = "containerd://1",
                        User = new ContainerUser { Linux = new LinuxContainerUser { UID = 1000, GID = 3000 } },
                    },
                ],
            },
        };

        var json = Encoding.UTF8.GetString(KubeJson.Serialize(pod));

        string[] keys =
        [
            "\"hostIPC\":true", "\"hostPID\":true", "\"dnsPolicy\":", "\"setHostnameAsFQDN\":", "\"os\":{",
            "\"fsGroup\":2000", "\"fsGroupChangePolicy\":", "\"seLinuxOptions\":", "\"seLinuxChangePolicy\":",
            "\"gmsaCredentialSpecName\":", "\"nodeSelectorTerms\":", "\"matchFields\":", "\"wwids\":",
            "\"endpoints\":\"gfs\"", "\"downwardAPI\":", "\"scaleIO\":", "\"storageos\":", "\"gcePersistentDisk\":",
            "\"pdName\":", "\"awsElasticBlockStore\":", "\"volumeID\":", "\"iscsi\":", "\"iqn\":", "\"iscsiInterface\":",
            "\"hostIPs\":[{\"ip\":", "\"podIPs\":[{\"ip\":", "\"qosClass\":", "\"imageID\":", "\"containerID\":",
            "\"lastState\":{}", "\"uid\":1000", "\"gid\":3000",
        ];
        Assert.All(keys, key => Assert.Contains(key, json, StringComparison.Ordinal));
    }

    [Fact]
    public void Serialize_EmptyRequiredFields_AreAlwaysWritten()
    {
        var container = Encoding.UTF8.GetString(KubeJson.Serialize(new Pod { Spec = new PodSpec { Containers = [new Container { Ports = [new ContainerPort()] }] } }));
        var status = Encoding.UTF8.GetString(KubeJson.Serialize(new Pod { Status = new PodStatus { ContainerStatuses = [new ContainerStatus()] } }));

        Assert.Contains("\"containers\":[{\"name\":\"\",\"ports\":[{\"containerPort\":0}],\"resources\":{}}]", container, StringComparison.Ordinal);
        Assert.Contains(
            "{\"name\":\"\",\"state\":{},\"lastState\":{},\"ready\":false,\"restartCount\":0,\"image\":\"\",\"imageID\":\"\"}",
            status,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NewPod_WritesEmptySpecAndStatus()
    {
        var json = Encoding.UTF8.GetString(KubeJson.SerializeObject(new Pod { Metadata = { Name = "p" } }));

        Assert.Equal("""{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p","creationTimestamp":null},"spec":{"containers":[]},"status":{}}""", json);
    }
}
