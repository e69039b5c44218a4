using Dotkube.Kubelet.Linux;

namespace Dotkube.Kubelet.Containerd;

/// <summary>Picks containerd's snapshotter for the machine: overlayfs where the kernel can mount it on our root, else native.</summary>
public static class Snapshotters
{
    public const string Overlayfs = "overlayfs";
    public const string Native = "native";

    /// <summary>
    /// Tries a real overlay mount in a scratch directory under <paramref name="directory"/>: the
    /// kernel may lack overlay, or the directory may itself be on overlayfs or another filesystem
    /// overlay cannot use as upper layer (nested containers), which only a mount reveals.
    /// </summary>
    public static bool OverlayWorks(string directory)
    {
        Directory.CreateDirectory(directory);
        var scratch = Sub(directory, $"overlay-check-{Guid.NewGuid():N}");
        try
        {
            var (lower, upper, work, merged) = (Sub(scratch, "lower"), Sub(scratch, "upper"), Sub(scratch, "work"), Sub(scratch, "merged"));
            File.WriteAllText(Path.Combine(lower, "probe"), "");
            if (LibC.Mount("overlay", merged, "overlay", 0, $"lowerdir={lower},upperdir={upper},workdir={work}") != 0)
            {
                return false;
            }

            var visible = File.Exists(Path.Combine(merged, "probe"));
            LibC.Unmount(merged, LibC.MntDetach);
            return visible;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The configured snapshotter, or the one this machine supports.</summary>
    public static string Choose(ContainerdOptions options) =>
        options.Snapshotter ?? (OverlayWorks(options.RootDir) ? Overlayfs : Native);

    private static string Sub(string parent, string name) => Directory.CreateDirectory(Path.Combine(parent, name)).FullName;
}
