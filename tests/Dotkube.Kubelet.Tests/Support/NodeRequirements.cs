namespace Dotkube.Kubelet.Tests.Support;

/// <summary>
/// E2E tests need root and Debian's containerd and runc (test.sh installs them as root in CI).
/// They never skip: a machine without them fails the test and says what is missing.
/// </summary>
public static class NodeRequirements
{
    public const string Containerd = "/usr/bin/containerd";
    public const string Ctr = "/usr/bin/ctr";

    public static void RequireContainerd()
    {
        if (Environment.UserName != "root")
        {
            Assert.Fail($"this e2e test runs containerd and needs root (running as {Environment.UserName}): run ./test.sh as root");
        }

        foreach (var binary in new[] { Containerd, Ctr, "/usr/bin/runc", "/usr/bin/containerd-shim-runc-v2", "/bin/busybox" })
        {
            if (!File.Exists(binary))
            {
                Assert.Fail($"{binary} is missing: install Debian's containerd, runc and busybox-static (./test.sh does as root)");
            }
        }
    }
}
