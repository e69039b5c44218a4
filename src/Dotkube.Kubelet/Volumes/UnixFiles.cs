using System.Runtime.InteropServices;

namespace Dotkube.Kubelet.Volumes;

/// <summary>What kind of file a path names (st_mode's S_IFMT), which .NET does not expose for sockets and devices.</summary>
internal enum UnixFileKind
{
    Missing,
    Regular,
    Directory,
    Socket,
    CharDevice,
    BlockDevice,
    Other,
}

/// <summary>stat(2), rename(2) and realpath(3) through glibc, for the hostPath type checks and subPath containment.</summary>
internal static class UnixFiles
{
    private const int StatBufferSize = 256; // larger than struct stat on every Linux ABI
    private const uint TypeMask = 0xF000;

    public static UnixFileKind KindOf(string path)
    {
        var buffer = new byte[StatBufferSize];
        if (Stat(path, buffer) != 0)
            return UnixFileKind.Missing;
        return (ModeOf(buffer) & TypeMask) switch
        {
            0x8000 => UnixFileKind.Regular,
            0x4000 => UnixFileKind.Directory,
            0xC000 => UnixFileKind.Socket,
            0x2000 => UnixFileKind.CharDevice,
            0x6000 => UnixFileKind.BlockDevice,
            _ => UnixFileKind.Other,
        };
    }

    /// <summary>The canonical absolute path with every symlink resolved, or null when it does not exist.</summary>
    public static string? RealPath(string path)
    {
        var result = RealPathNative(path, IntPtr.Zero);
        if (result == IntPtr.Zero)
            return null;
        try
        {
            return Marshal.PtrToStringUTF8(result);
        }
        finally
        {
            Marshal.FreeHGlobal(result); // glibc's malloc'd buffer; FreeHGlobal is free() on Unix
        }
    }

    /// <summary>rename(2): atomically replaces <paramref name="to"/>, symlinks included (File.Move follows them).</summary>
    public static void Rename(string from, string to)
    {
        if (RenameNative(from, to) != 0)
            throw new IOException($"rename {from} {to}: {new System.ComponentModel.Win32Exception(Marshal.GetLastPInvokeError()).Message}");
    }

    private static uint ModeOf(byte[] buffer) =>
        RuntimeInformation.OSArchitecture is Architecture.X64
            ? BitConverter.ToUInt32(buffer, 24) // x86_64: st_dev, st_ino, st_nlink (8 bytes each), then st_mode
            : BitConverter.ToUInt32(buffer, 16); // the generic layout (arm64, riscv64, ...): st_dev, st_ino, then st_mode

    [DllImport("libc.so.6", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

    [DllImport("libc.so.6", EntryPoint = "rename", SetLastError = true)]
    private static extern int RenameNative([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to);

    [DllImport("libc.so.6", EntryPoint = "realpath")]
    private static extern IntPtr RealPathNative([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);
}
