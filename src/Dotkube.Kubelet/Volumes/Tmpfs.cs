using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using Dotkube.Kubelet.Linux;

namespace Dotkube.Kubelet.Volumes;

/// <summary>Memory-backed volume directories: a tmpfs mounted once on the directory, sized as upstream does.</summary>
internal static class Tmpfs
{
    /// <summary>Mounts a tmpfs of <paramref name="sizeBytes"/> (0: the kernel's default) on <paramref name="directory"/> unless one is there.</summary>
    public static void Ensure(string directory, long sizeBytes)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (Mounts.Under(full).Contains(full))
            return;
        var options = sizeBytes > 0 ? "size=" + sizeBytes.ToString(CultureInfo.InvariantCulture) : null;
        if (LibC.Mount("tmpfs", full, "tmpfs", 0, options) != 0)
        {
            var error = new Win32Exception(Marshal.GetLastPInvokeError()).Message;
            throw new VolumeSetupException($"mount failed: mounting tmpfs on {full} with options {options ?? "(none)"}: {error}");
        }
    }
}
