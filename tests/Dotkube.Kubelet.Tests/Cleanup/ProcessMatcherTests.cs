using Dotkube.Kubelet.Cleanup;

namespace Dotkube.Kubelet.Tests.Cleanup;

/// <summary>Which processes uninstall takes for a data dir's: never a system containerd, another agent's shims or another dotkube command.</summary>
public sealed class ProcessMatcherTests
{
    private const string Config = "/tmp/dk/data/agent/etc/containerd/config.toml";
    private const string Socket = "/tmp/dk/data/agent/run/containerd/containerd.sock";

    public static TheoryData<string, string, bool> Containerds => new()
    {
        { "ours, as the supervisor starts it", $"containerd --config {Config}", true },
        { "ours by its full path and the short flag", $"/usr/bin/containerd -c {Config}", true },
        { "ours with flag=value", $"containerd --config={Config}", true },
        { "the system's, with its default config", "/usr/bin/containerd", false },
        { "another config", "/usr/bin/containerd --config /etc/containerd/config.toml", false },
        { "another agent's", "containerd --config /tmp/other/data/agent/etc/containerd/config.toml", false },
        { "a shim is not containerd", $"/usr/bin/containerd-shim-runc-v2 --config {Config}", false },
        { "a program that only mentions the config", $"cat {Config}", false },
    };

    [Theory]
    [MemberData(nameof(Containerds))]
    public void Our_containerd_is_the_one_whose_config_is_ours(string because, string commandLine, bool ours) =>
        Assert.True(ours == ProcessMatcher.IsContainerd(commandLine.Split(' '), Config), because);

    public static TheoryData<string, string, bool> Shims => new()
    {
        { "ours", $"/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id abc -address {Socket}", true },
        { "ours with --address=", $"containerd-shim-runc-v2 -namespace k8s.io -id abc --address={Socket}", true },
        { "the system containerd's", "/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id abc -address /run/containerd/containerd.sock", false },
        { "another agent's", "/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id abc -address /tmp/other/data/agent/run/containerd/containerd.sock", false },
        { "containerd itself", $"containerd -address {Socket}", false },
    };

    [Theory]
    [MemberData(nameof(Shims))]
    public void Our_shims_are_those_of_our_containerd_socket(string because, string commandLine, bool ours) =>
        Assert.True(ours == ProcessMatcher.IsShim(commandLine.Split(' '), Socket), because);

    public static TheoryData<string, string, string?, string?> Dotkubes => new()
    {
        { "dotnet running the dll", "dotnet /src/artifacts/bin/Dotkube/release/dotkube.dll server --data-dir /tmp/dk/data --https-listen-port 0", "/", "/tmp/dk/data" },
        { "the launcher, no --data-dir: the default", "bash ./dotkube server", "/repo", "/var/lib/dotkube" },
        { "an agent with -d relative to its working directory", "dotkube agent --kubeconfig k -d data", "/home/me", "/home/me/data" },
        { "flag=value with a trailing slash", "/usr/local/bin/dotkube server --data-dir=/tmp/dk/data/", "/", "/tmp/dk/data" },
        { "flag:value, as System.CommandLine allows", "dotkube server -d:/tmp/dk/data", "/", "/tmp/dk/data" },
        { "uninstall is not a server", "dotnet dotkube.dll uninstall --data-dir /tmp/dk/data", "/", null },
        { "images import is not a server", "dotkube images import --data-dir /tmp/dk/data x.tar", "/", null },
        { "a test host mentioning the data dir", "dotnet test --data-dir /tmp/dk/data server", "/", null },
        { "a file merely named like us", "vim dotkube.dll.config", "/", null },
    };

    [Theory]
    [MemberData(nameof(Dotkubes))]
    public void A_dotkube_server_or_agent_is_recognised_with_its_data_dir(string because, string commandLine, string? workingDirectory, string? dataDir) =>
        Assert.True(dataDir == ProcessMatcher.DotkubeDataDir(commandLine.Split(' '), workingDirectory, "/var/lib/dotkube"),
            $"{because}: got {ProcessMatcher.DotkubeDataDir(commandLine.Split(' '), workingDirectory, "/var/lib/dotkube")}");

    [Fact]
    public void This_test_process_is_read_from_proc_with_its_parent()
    {
        var self = HostProcess.Read(Environment.ProcessId);
        Assert.NotNull(self);
        Assert.True(self.ParentPid > 0);
        Assert.Equal(Environment.CurrentDirectory, self.WorkingDirectory);
        Assert.Contains(HostProcess.All(), p => p.Pid == Environment.ProcessId);
        Assert.Null(HostProcess.Read(int.MaxValue));
    }
}
