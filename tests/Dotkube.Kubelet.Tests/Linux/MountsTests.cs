using Dotkube.Kubelet.Linux;

namespace Dotkube.Kubelet.Tests.Linux;

public sealed class MountsTests
{
    [Theory]
    [InlineData("36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw", "/mnt/parent")]
    [InlineData("40 1 0:5 / /tmp/a\\040b rw - tmpfs tmpfs rw", "/tmp/a b")]
    public void Mount_points_are_read_from_mountinfo_with_escapes_decoded(string line, string point) =>
        Assert.Equal(point, Mounts.MountPoint(line));

    [Fact]
    public void Nothing_is_mounted_under_a_fresh_directory()
    {
        var directory = Directory.CreateTempSubdirectory("dotkube-mounts-");
        try
        {
            Assert.Empty(Mounts.Under(directory.FullName));
        }
        finally
        {
            directory.Delete();
        }
    }

    [Fact]
    public void This_process_is_alive_and_a_made_up_pid_is_not()
    {
        Assert.True(Processes.IsAlive(Environment.ProcessId));
        Assert.False(Processes.IsAlive(int.MaxValue));
    }
}
