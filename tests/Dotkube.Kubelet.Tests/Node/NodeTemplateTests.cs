using Dotkube.Kubelet.Node;

namespace Dotkube.Kubelet.Tests.Node;

public sealed class NodeTemplateTests
{
    private static readonly MachineInfo Machine = new(4, 16318004L * 1024, "mid", "uuid", "boot", "6.1.0", "Debian GNU/Linux 12 (bookworm)", "amd64");

    [Fact]
    public void A_server_node_has_the_kubelet_labels_and_k3s_role_labels()
    {
        var labels = NodeTemplate.Labels("node-a", "arm64", controlPlane: true);

        Assert.Equal(new Dictionary<string, string>
        {
            ["kubernetes.io/hostname"] = "node-a",
            ["kubernetes.io/os"] = "linux",
            ["kubernetes.io/arch"] = "arm64",
            ["beta.kubernetes.io/os"] = "linux",
            ["beta.kubernetes.io/arch"] = "arm64",
            ["node-role.kubernetes.io/control-plane"] = "true",
            ["node-role.kubernetes.io/master"] = "true",
        }, labels);
    }

    [Fact]
    public void An_agent_node_has_no_role_labels() =>
        Assert.DoesNotContain(NodeTemplate.Labels("node-a", "amd64", controlPlane: false).Keys, k => k.StartsWith("node-role.", StringComparison.Ordinal));

    [Fact]
    public void Capacity_counts_cpus_bytes_in_binary_si_and_pods() =>
        Assert.Equal(
            new Dictionary<string, string> { ["cpu"] = "4", ["memory"] = "16318004Ki", ["ephemeral-storage"] = "102687672Ki", ["pods"] = "110" },
            NodeTemplate.Capacity(Machine, 102687672L * 1024, 110).ToDictionary(p => p.Key, p => p.Value.ToString()));

    [Fact]
    public void Node_info_carries_the_machine_and_the_versions()
    {
        var info = NodeTemplate.NodeInfo(Machine, "containerd://1.6.20", "v1.32.0");

        Assert.Equal(("mid", "uuid", "boot", "6.1.0", "Debian GNU/Linux 12 (bookworm)"), (info.MachineID, info.SystemUUID, info.BootID, info.KernelVersion, info.OSImage));
        Assert.Equal(("containerd://1.6.20", "v1.32.0", "linux", "amd64"), (info.ContainerRuntimeVersion, info.KubeletVersion, info.OperatingSystem, info.Architecture));
    }

    [Theory]
    [InlineData("containerd", "1.6.20~ds1", "containerd://1.6.20")]
    [InlineData("containerd", "v1.7.13", "containerd://1.7.13")]
    [InlineData("containerd", "1.7.0-rc.1+abc", "containerd://1.7.0-rc.1+abc")]
    [InlineData("cri-o", "1.29", "cri-o://1.29")]
    [InlineData("containerd", "", "containerd://Unknown")]
    public void The_runtime_version_is_name_and_version_as_upstream_parses_it(string name, string version, string expected) =>
        Assert.Equal(expected, NodeTemplate.RuntimeVersion(name, version));

    [Fact]
    public void Filesystem_size_is_read_for_any_directory() =>
        Assert.True(NodeTemplate.FilesystemBytes(Path.GetTempPath()) > 0);
}
