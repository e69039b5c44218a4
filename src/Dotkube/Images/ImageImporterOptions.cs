namespace Dotkube.Images;

/// <summary>Where and how <see cref="ImageImporter"/> imports image tarballs into containerd.</summary>
public sealed class ImageImporterOptions
{
    /// <summary>containerd's gRPC socket, e.g. <see cref="AgentContainerdSocket"/> of the data dir.</summary>
    public required string Address { get; init; }

    /// <summary>
    /// Defaults to k8s.io: containerd's CRI plugin serves images from that namespace only, so
    /// images imported anywhere else are invisible to the kubelet.
    /// </summary>
    public string Namespace { get; init; } = "k8s.io";

    /// <summary>
    /// Defaults to "ctr" on PATH (Debian's containerd package ships it). We run containerd's own
    /// client because Dotkube.Grpc does not speak containerd's native API (only CRI) yet.
    /// </summary>
    public string CtrPath { get; init; } = "ctr";

    /// <summary>
    /// The snapshotter the images are unpacked into. Null leaves containerd's default
    /// (overlayfs), which is also its CRI plugin's default; set it when containerd runs another.
    /// </summary>
    public string? Snapshotter { get; init; }

    /// <summary>Defaults to 5 min: a local import of our images takes well under a second, so this only catches a hang.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The socket of the containerd the agent runs for a data dir (its data dir is <c>DATA_DIR/agent</c>).</summary>
    public static string AgentContainerdSocket(string dataDir) =>
        new Kubelet.Containerd.ContainerdOptions { DataDir = Path.Combine(dataDir, "agent") }.Socket;
}
