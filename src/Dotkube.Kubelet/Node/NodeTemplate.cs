using System.Text.RegularExpressions;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;

namespace Dotkube.Kubelet.Node;

/// <summary>
/// The parts of the Node the kubelet derives from its machine and flags (upstream's initialNode
/// and the MachineInfo, VersionInfo and GoRuntime status setters), as pure functions.
/// </summary>
public static partial class NodeTemplate
{
    public const string HostnameLabel = "kubernetes.io/hostname";
    public const string OsLabel = "kubernetes.io/os";
    public const string ArchLabel = "kubernetes.io/arch";
    public const string BetaOsLabel = "beta.kubernetes.io/os";
    public const string BetaArchLabel = "beta.kubernetes.io/arch";
    public const string ControlPlaneRoleLabel = "node-role.kubernetes.io/control-plane";
    public const string MasterRoleLabel = "node-role.kubernetes.io/master";

    /// <summary>The labels the kubelet owns, and k3s's role labels on a server's node.</summary>
    public static Dictionary<string, string> Labels(string nodeName, string architecture, bool controlPlane)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [HostnameLabel] = nodeName,
            [OsLabel] = "linux",
            [ArchLabel] = architecture,
            [BetaOsLabel] = "linux",
            [BetaArchLabel] = architecture,
        };
        if (controlPlane)
        {
            labels[ControlPlaneRoleLabel] = "true";
            labels[MasterRoleLabel] = "true";
        }

        return labels;
    }

    /// <summary>
    /// cpu, memory, pods and ephemeral-storage as upstream reports them: bytes in binary SI (so
    /// kubectl shows Ki), with allocatable equal to capacity since no reservations are configured.
    /// </summary>
    public static Dictionary<string, Quantity> Capacity(MachineInfo machine, long ephemeralStorageBytes, int maxPods) => new(StringComparer.Ordinal)
    {
        ["cpu"] = Quantity.FromInt64(machine.CpuCount),
        ["memory"] = Quantity.FromInt64(machine.MemoryBytes, QuantityFormat.BinarySI),
        ["ephemeral-storage"] = Quantity.FromInt64(ephemeralStorageBytes, QuantityFormat.BinarySI),
        ["pods"] = Quantity.FromInt64(maxPods),
    };

    /// <summary>The size of the filesystem holding <paramref name="directory"/> (statvfs), or 0 when it cannot be read.</summary>
    public static long FilesystemBytes(string directory)
    {
        try
        {
            return new DriveInfo(directory).TotalSize;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return 0;
        }
    }

    public static NodeSystemInfo NodeInfo(MachineInfo machine, string containerRuntimeVersion, string kubeletVersion) => new()
    {
        MachineID = machine.MachineId,
        SystemUUID = machine.SystemUuid,
        BootID = machine.BootId,
        KernelVersion = machine.KernelVersion,
        OSImage = machine.OsImage,
        ContainerRuntimeVersion = containerRuntimeVersion,
        KubeletVersion = kubeletVersion,
        OperatingSystem = "linux",
        Architecture = machine.Architecture,
    };

    /// <summary>
    /// "name://version" from CRI Version, as upstream: a semantic version is kept whole; anything
    /// else (Debian's "1.6.20~ds1") is read as a generic version, which keeps only its numbers.
    /// "Unknown" when the runtime did not answer.
    /// </summary>
    public static string RuntimeVersion(string? runtimeName, string? runtimeVersion)
    {
        var name = string.IsNullOrEmpty(runtimeName) ? "containerd" : runtimeName;
        var text = (runtimeVersion ?? "").Trim().TrimStart('v');
        var version = SemanticVersion().IsMatch(text) ? text
            : GenericVersion().Match(text) is { Success: true } generic ? generic.Value
            : "Unknown";
        return $"{name}://{version}";
    }

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemanticVersion();

    [GeneratedRegex(@"^\d+(\.\d+)+")]
    private static partial Regex GenericVersion();
}
