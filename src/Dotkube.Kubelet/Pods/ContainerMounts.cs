using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Cri.V1;
using Dotkube.Kubelet.Volumes;
using Container = Dotkube.Api.Core.V1.Container;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// A container's volume mounts as CRI mounts, as upstream's makeMounts: the volume's host path (or
/// a subPath in it, made as a directory when missing and kept inside the volume), read-only when
/// the mount or the volume says so, SELinux relabelling off, propagation from mountPropagation
/// (private by default).
/// </summary>
public static class ContainerMounts
{
    public static List<Mount> For(Container container, PodVolumes volumes, IReadOnlyDictionary<string, string> env)
    {
        var mounts = new List<Mount>();
        foreach (var mount in container.VolumeMounts ?? [])
        {
            if (!volumes.Mounted.TryGetValue(mount.Name, out var volume))
                throw new ContainerConfigException($"cannot find volume \"{mount.Name}\" to mount into container \"{container.Name}\"");
            var subPath = string.IsNullOrEmpty(mount.SubPathExpr) ? mount.SubPath ?? "" : EnvExpansion.Expand(mount.SubPathExpr, env);
            var hostPath = subPath.Length == 0 ? volume.HostPath : SubPath(volume.HostPath, subPath, mount.Name, container.Name);
            mounts.Add(new Mount
            {
                ContainerPath = mount.MountPath,
                HostPath = hostPath,
                Readonly = mount.ReadOnly == true || volume.ReadOnly,
                SelinuxRelabel = false,
                Propagation = Propagation(mount.MountPropagation),
            });
        }

        return mounts;
    }

    /// <summary>The subPath's host path; upstream's checks and messages, and a missing subPath made as a directory with the volume's mode.</summary>
    internal static string SubPath(string volumePath, string subPath, string mountName, string containerName)
    {
        if (subPath.StartsWith('/'))
            throw new ContainerConfigException($"error SubPath `{subPath}` must not be an absolute path");
        if (subPath.Split('/').Contains(".."))
            throw new ContainerConfigException($"unable to provision SubPath `{subPath}`: must not contain '..'");
        var hostPath = Path.Combine(volumePath, subPath);
        var volumeReal = UnixFiles.RealPath(volumePath) ?? volumePath;
        if (UnixFiles.KindOf(hostPath) is UnixFileKind.Missing)
        {
            try
            {
                UnixModes.CreateDirectory(hostPath, UnixModes.Get(volumePath));
            }
            catch (IOException)
            {
                throw new ContainerConfigException($"failed to create subPath directory for volumeMount \"{mountName}\" of container \"{containerName}\"");
            }
        }

        // A symlink in the volume must not lead the mount out of it (upstream's safe subpath).
        var real = UnixFiles.RealPath(hostPath);
        if (real is null || (real != volumeReal && !real.StartsWith(volumeReal.TrimEnd('/') + "/", StringComparison.Ordinal)))
            throw new ContainerConfigException($"failed to prepare subPath for volumeMount \"{mountName}\" of container \"{containerName}\"");
        return real;
    }

    private static MountPropagation Propagation(string? mode) => mode switch
    {
        null or "" or MountPropagationMode.None => MountPropagation.PropagationPrivate,
        MountPropagationMode.HostToContainer => MountPropagation.PropagationHostToContainer,
        MountPropagationMode.Bidirectional => MountPropagation.PropagationBidirectional,
        _ => throw new ContainerConfigException($"invalid MountPropagation mode: \"{mode}\""),
    };
}
