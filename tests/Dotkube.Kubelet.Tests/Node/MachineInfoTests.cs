using System.Runtime.InteropServices;
using Dotkube.Kubelet.Node;

namespace Dotkube.Kubelet.Tests.Node;

public sealed class MachineInfoTests
{
    [Fact]
    public void The_machine_is_read_from_proc_sys_and_etc()
    {
        using var host = new FakeHost()
            .With("/proc/cpuinfo", "processor\t: 0\nmodel name\t: x\n\nprocessor\t: 1\n\nprocessor\t: 2\n")
            .With("/proc/meminfo", "MemTotal:       16318004 kB\nMemFree:         1000 kB\n")
            .With("/etc/machine-id", "3d1219c7c4c5404aaa1f6d2a48adfda4\n")
            .With("/sys/class/dmi/id/product_uuid", "EC2D3F8E-0000-1111-2222-333344445555\n")
            .With("/proc/sys/kernel/random/boot_id", "dcce2719-ff8d-4721-8fbe-960d103038a2\n")
            .With("/proc/sys/kernel/osrelease", "6.1.0-18-amd64\n")
            .With("/etc/os-release", "NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n");

        var machine = MachineInfo.Read(host.Files, Architecture.Arm64);

        Assert.Equal(new MachineInfo(3, 16318004L * 1024, "3d1219c7c4c5404aaa1f6d2a48adfda4", "EC2D3F8E-0000-1111-2222-333344445555",
            "dcce2719-ff8d-4721-8fbe-960d103038a2", "6.1.0-18-amd64", "Debian GNU/Linux 12 (bookworm)", "arm64"), machine);
    }

    [Fact]
    public void Missing_files_give_empty_ids_the_process_cpu_count_and_the_os_release_default()
    {
        using var host = new FakeHost().With("/var/lib/dbus/machine-id", "dbus-id");

        var machine = MachineInfo.Read(host.Files, Architecture.X64);

        Assert.Equal(Environment.ProcessorCount, machine.CpuCount);
        Assert.Equal(0, machine.MemoryBytes);
        Assert.Equal("dbus-id", machine.MachineId);
        Assert.Equal("", machine.SystemUuid);
        Assert.Equal("Linux", machine.OsImage);
        Assert.Equal("amd64", machine.Architecture);
    }

    [Theory]
    [InlineData("PRETTY_NAME='Alpine Linux v3.19'", "Alpine Linux v3.19")]
    [InlineData("PRETTY_NAME=Plain", "Plain")]
    [InlineData("NAME=x", "Linux")]
    public void The_os_image_is_the_unquoted_pretty_name(string osRelease, string expected) =>
        Assert.Equal(expected, MachineInfo.PrettyName(osRelease));
}
