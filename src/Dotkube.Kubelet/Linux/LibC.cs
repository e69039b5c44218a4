using System.Runtime.InteropServices;

namespace Dotkube.Kubelet.Linux;

/// <summary>
/// The few libc calls the node agent needs that .NET does not expose: signals other than
/// SIGKILL, mount/umount, and mkfifo. glibc's soname, since a bare "libc" may resolve to libc6-dev's
/// libc.so linker script.
/// </summary>
internal static class LibC
{
    public const int Sigterm = 15;
    public const int Sigkill = 9;

    /// <summary>umount2 flag: detach now, finish when the mount is no longer busy.</summary>
    public const int MntDetach = 2;

    [DllImport("libc.so.6", EntryPoint = "kill", SetLastError = true)]
    public static extern int Kill(int pid, int signal);

    [DllImport("libc.so.6", EntryPoint = "mount", SetLastError = true)]
    public static extern int Mount(string source, string target, string fileSystemType, ulong flags, string? data);

    [DllImport("libc.so.6", EntryPoint = "umount2", SetLastError = true)]
    public static extern int Unmount(string target, int flags);

    [DllImport("libc.so.6", EntryPoint = "mkfifo", SetLastError = true)]
    public static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
