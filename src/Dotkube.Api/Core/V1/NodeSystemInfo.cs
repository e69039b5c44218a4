namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeSystemInfo: ids and versions the kubelet reports; every field is required upstream.</summary>
public sealed class NodeSystemInfo
{
    public string MachineID { get; set; } = "";

    public string SystemUUID { get; set; } = "";

    public string BootID { get; set; } = "";

    public string KernelVersion { get; set; } = "";

    public string OSImage { get; set; } = "";

    public string ContainerRuntimeVersion { get; set; } = "";

    public string KubeletVersion { get; set; } = "";

    /// <summary>Deprecated upstream, still required on the wire.</summary>
    public string KubeProxyVersion { get; set; } = "";

    public string OperatingSystem { get; set; } = "";

    public string Architecture { get; set; } = "";
}
