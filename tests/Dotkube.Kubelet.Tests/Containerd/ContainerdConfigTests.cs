using Dotkube.Kubelet.Containerd;

namespace Dotkube.Kubelet.Tests.Containerd;

public sealed class ContainerdConfigTests
{
    private static readonly ContainerdOptions Options = new() { DataDir = "/var/lib/dotkube/agent" };

    [Theory]
    [InlineData("version = 2")]
    [InlineData("root = \"/var/lib/dotkube/agent/containerd\"")]
    [InlineData("state = \"/var/lib/dotkube/agent/run/containerd\"")]
    [InlineData("[grpc]\naddress = \"/var/lib/dotkube/agent/run/containerd/containerd.sock\"")]
    [InlineData("[ttrpc]\naddress = \"/var/lib/dotkube/agent/run/containerd/containerd.sock.ttrpc\"")]
    [InlineData("[plugins.\"io.containerd.internal.v1.opt\"]\npath = \"/var/lib/dotkube/agent/containerd/opt\"")]
    [InlineData("sandbox_image = \"registry.k8s.io/pause:3.10\"")]
    [InlineData("enable_unprivileged_ports = true")]
    [InlineData("enable_unprivileged_icmp = true")]
    [InlineData("netns_mounts_under_state_dir = true")]
    [InlineData("stream_server_address = \"127.0.0.1\"\nstream_server_port = \"0\"")]
    [InlineData("[plugins.\"io.containerd.grpc.v1.cri\".containerd]\nsnapshotter = \"overlayfs\"")]
    [InlineData("[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc]\nruntime_type = \"io.containerd.runc.v2\"")]
    [InlineData("[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options]\nSystemdCgroup = false\nRoot = \"/var/lib/dotkube/agent/run/runc\"")]
    [InlineData("[plugins.\"io.containerd.grpc.v1.cri\".cni]\nbin_dir = \"/usr/lib/cni\"\nconf_dir = \"/var/lib/dotkube/agent/etc/cni/net.d\"")]
    public void The_config_keeps_everything_under_the_data_dir_with_cgroupfs_and_our_cni(string expected)
    {
        var toml = ContainerdConfig.Render(Options, Snapshotters.Overlayfs);

        Assert.Contains(expected, toml, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_change_the_sandbox_image_and_cni_bin_dir()
    {
        var toml = ContainerdConfig.Render(new ContainerdOptions { DataDir = "/d", SandboxImage = "docker.io/rancher/mirrored-pause:3.6", CniBinDir = "/opt/cni/bin" }, Snapshotters.Native);

        Assert.Contains("sandbox_image = \"docker.io/rancher/mirrored-pause:3.6\"", toml, StringComparison.Ordinal);
        Assert.Contains("bin_dir = \"/opt/cni/bin\"", toml, StringComparison.Ordinal);
        Assert.Contains("snapshotter = \"native\"", toml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/plain", "\"/plain\"")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("a\nb", "\"a\\u000Ab\"")]
    public void Strings_are_quoted_as_toml_basic_strings(string value, string quoted) =>
        Assert.Equal(quoted, ContainerdConfig.Quote(value));

    [Theory]
    [InlineData("")]
    [InlineData("relative/dir")]
    [InlineData("/tmp/a-data-dir-whose-path-is-so-long-that-containerd-socket-would-not-fit-into-sun-path-of-a-unix-socket")]
    public void Unusable_data_dirs_are_refused_at_start(string dataDir) =>
        Assert.Throws<ArgumentException>(() => new ContainerdOptions { DataDir = dataDir }.Validate());

    [Fact]
    public void An_external_endpoint_needs_no_data_dir() =>
        new ContainerdOptions { ContainerRuntimeEndpoint = "unix:///run/containerd/containerd.sock" }.Validate();
}
