namespace Dotkube.Tests.Acceptance.Agent;

/// <summary>What the agent's e2e tests need from the machine: root and Debian's runtime packages. Missing ones fail the test with how to get them; nothing is skipped.</summary>
public static class AgentRequirements
{
    /// <summary>containerd, runc and the CNI plugins the pod network uses.</summary>
    public static readonly string[] Runtime = ["/usr/bin/containerd", "/usr/bin/ctr", "/usr/sbin/runc", "/usr/lib/cni/bridge", "/usr/lib/cni/host-local", "/usr/lib/cni/portmap"];

    public static void Check(params string[] extraTools)
    {
        Assert.True(Environment.IsPrivilegedProcess, "this e2e test runs containerd and must run as root (sudo ./test.sh)");
        foreach (var tool in Runtime.Concat(extraTools))
            Assert.True(File.Exists(tool), $"{tool} is missing: install Debian's containerd, runc, containernetworking-plugins, iptables and iproute2 (./test.sh does as root)");
    }
}
