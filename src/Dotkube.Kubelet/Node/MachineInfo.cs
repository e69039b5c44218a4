using System.Globalization;
using System.Runtime.InteropServices;

namespace Dotkube.Kubelet.Node;

/// <summary>
/// What the kubelet reports about its machine (upstream takes it from cadvisor's MachineInfo and
/// VersionInfo): logical CPUs, total memory, the machine, product and boot ids, kernel and OS.
/// </summary>
public sealed record MachineInfo(
    int CpuCount,
    long MemoryBytes,
    string MachineId,
    string SystemUuid,
    string BootId,
    string KernelVersion,
    string OsImage,
    string Architecture)
{
    /// <summary>Reads the machine from <paramref name="files"/> (the host's by default).</summary>
    public static MachineInfo Read(HostFiles? files = null, Architecture? architecture = null)
    {
        files ??= HostFiles.Host;
        var cpus = files.Read("/proc/cpuinfo")?.Split('\n').Count(l => l.StartsWith("processor", StringComparison.Ordinal) && l.Contains(':', StringComparison.Ordinal)) ?? 0;
        return new MachineInfo(
            cpus > 0 ? cpus : Environment.ProcessorCount,
            MemTotalBytes(files.Read("/proc/meminfo")),
            // As cadvisor: systemd's machine id, else D-Bus's.
            files.ReadFirst("/etc/machine-id", "/var/lib/dbus/machine-id"),
            files.ReadFirst("/sys/class/dmi/id/product_uuid"),
            files.ReadFirst("/proc/sys/kernel/random/boot_id"),
            files.ReadFirst("/proc/sys/kernel/osrelease"),
            PrettyName(files.Read("/etc/os-release")),
            GoArch(architecture ?? RuntimeInformation.OSArchitecture));
    }

    /// <summary>MemTotal of /proc/meminfo in bytes (the file counts kB, which are KiB).</summary>
    internal static long MemTotalBytes(string? meminfo) => MemInfoBytes(meminfo, "MemTotal");

    /// <summary>A field of /proc/meminfo (MemTotal, MemFree, Inactive(file), ...) in bytes; 0 when absent.</summary>
    internal static long MemInfoBytes(string? meminfo, string field)
    {
        var key = field + ":";
        foreach (var line in (meminfo ?? "").Split('\n'))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts is [var name, var value, ..] && name == key && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var kib))
            {
                return kib * 1024;
            }
        }

        return 0;
    }

    /// <summary>PRETTY_NAME of os-release, unquoted; "Linux" when absent, as os-release(5) defaults it.</summary>
    internal static string PrettyName(string? osRelease)
    {
        foreach (var line in (osRelease ?? "").Split('\n'))
        {
            if (line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))
            {
                var value = line["PRETTY_NAME=".Length..].Trim();
                return value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0] ? value[1..^1] : value;
            }
        }

        return "Linux";
    }

    /// <summary>The architecture as Go's GOARCH names it, which the kubernetes.io/arch label and nodeInfo use.</summary>
    public static string GoArch(Architecture architecture) => architecture switch
    {
        System.Runtime.InteropServices.Architecture.X64 => "amd64",
        System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
        System.Runtime.InteropServices.Architecture.X86 => "386",
        System.Runtime.InteropServices.Architecture.Arm => "arm",
        System.Runtime.InteropServices.Architecture.S390x => "s390x",
        System.Runtime.InteropServices.Architecture.Ppc64le => "ppc64le",
        System.Runtime.InteropServices.Architecture.RiscV64 => "riscv64",
        System.Runtime.InteropServices.Architecture.LoongArch64 => "loong64",
        _ => architecture.ToString().ToLowerInvariant(),
    };
}
