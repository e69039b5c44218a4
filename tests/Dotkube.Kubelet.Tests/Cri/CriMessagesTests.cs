using Dotkube.Kubelet.Cri.V1;
using Google.Protobuf;

namespace Dotkube.Kubelet.Tests.Cri;

/// <summary>
/// Our api.proto must put every field at upstream's number and wire type, or containerd reads
/// garbage. Each case is a message next to bytes encoded by hand from k8s.io/cri-api's field numbers.
/// </summary>
public sealed class CriMessagesTests
{
    public static TheoryData<string, IMessage, string> Cases => new()
    {
        // field 1 (string): tag 0x0A
        { "VersionRequest.version=1", new VersionRequest { Version = "v1" }, "0A 02 76 31" },
        // container_id=1 (string), timeout=2 (varint 30)
        { "StopContainerRequest.timeout=2", new StopContainerRequest { ContainerId = "ab", Timeout = 30 }, "0A 02 61 62 10 1E" },
        // metadata=1 {name=1, attempt=2}, log_path=11 (tag 0x5A), tty=14 (tag 0x70),
        // linux=15 (tag 0x7A) {resources=1 {memory_limit_in_bytes=4}}, CDI_devices=17 (tag 0x8A 0x01) {name=1}
        {
            "ContainerConfig fields 1, 11, 14, 15, 17",
            new ContainerConfig
            {
                Metadata = new ContainerMetadata { Name = "c", Attempt = 1 },
                LogPath = "x",
                Tty = true,
                Linux = new LinuxContainerConfig { Resources = new LinuxContainerResources { MemoryLimitInBytes = 16 } },
                CDIDevices = { new CDIDevice { Name = "g" } },
            },
            "0A 05 0A 01 63 10 01 5A 01 78 70 01 7A 04 0A 02 20 10 8A 01 03 0A 01 67"
        },
        // run_as_user=5 and run_as_group=12 (tag 0x62) are Int64Value {value=1}; no_new_privs=11 (tag 0x58)
        {
            "LinuxContainerSecurityContext run_as_group=12",
            new LinuxContainerSecurityContext { RunAsUser = new Int64Value { Value = 0 }, NoNewPrivs = true, RunAsGroup = new Int64Value { Value = 1000 } },
            "2A 00 58 01 62 03 08 E8 07"
        },
        // image=1, user_specified_image=18 (tag 0x92 0x01)
        { "ImageSpec.user_specified_image=18", new ImageSpec { Image = "sha256:1", UserSpecifiedImage = "a" }, "0A 08 73 68 61 32 35 36 3A 31 92 01 01 61" },
        // metadata=1 {name=1, uid=2, namespace=3}, hostname=2, log_directory=3, dns_config=4 {servers=1}, labels=6 (map entry {key=1, value=2})
        {
            "PodSandboxConfig fields 1-4, 6",
            new PodSandboxConfig
            {
                Metadata = new PodSandboxMetadata { Name = "p", Uid = "u", Namespace = "n" },
                Hostname = "h",
                LogDirectory = "/l",
                DnsConfig = new DNSConfig { Servers = { "d" } },
                Labels = { ["k"] = "v" },
            },
            "0A 09 0A 01 70 12 01 75 1A 01 6E 12 01 68 1A 02 2F 6C 22 03 0A 01 64 32 06 0A 01 6B 12 01 76"
        },
        // conditions=1 {type=1, status=2}
        {
            "StatusResponse conditions",
            new StatusResponse { Status = new RuntimeStatus { Conditions = { new RuntimeCondition { Type = "R", Status = true } } } },
            "0A 07 0A 05 0A 01 52 10 01"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Messages_encode_with_upstream_field_numbers(string name, IMessage message, string hex)
    {
        Assert.True(Convert.ToHexString(message.ToByteArray()) == hex.Replace(" ", "", StringComparison.Ordinal),
            $"{name}: got {Convert.ToHexString(message.ToByteArray())}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hand_encoded_bytes_decode_to_the_same_message(string name, IMessage message, string hex)
    {
        var decoded = message.Descriptor.Parser.ParseFrom(Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal)));
        Assert.True(message.Equals(decoded), name);
    }

    [Fact]
    public void Enums_keep_upstream_numbers()
    {
        Assert.Equal(2, (int)ContainerState.ContainerExited);
        Assert.Equal(1, (int)PodSandboxState.SandboxNotready);
        Assert.Equal(2, (int)NamespaceMode.Node);
        Assert.Equal(1, (int)MountPropagation.PropagationHostToContainer);
        Assert.Equal(1, (int)Protocol.Udp);
        Assert.Equal(1, (int)CgroupDriver.Cgroupfs);
    }
}
