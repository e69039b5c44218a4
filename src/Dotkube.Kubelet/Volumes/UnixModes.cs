using System.Diagnostics.CodeAnalysis;

namespace Dotkube.Kubelet.Volumes;

/// <summary>Permission bits of volume files and directories, in octal as upstream writes them.</summary>
[SuppressMessage("Interoperability", "CA1416", Justification = "The node agent runs on Linux only.")]
internal static class UnixModes
{
    public const int Directory = 0x1ED; // 0755: non-root containers can traverse
    public const int EmptyDir = 0x1FF; // 0777, as upstream's emptyDir
    public const int NewFile = 0x1A4; // 0644, as upstream's FileOrCreate

    public static void Set(string path, int mode) => File.SetUnixFileMode(path, (UnixFileMode)mode);

    public static int Get(string path) => (int)File.GetUnixFileMode(path);

    /// <summary>Creates <paramref name="path"/> and its missing parents, then sets the mode of the last (umask would narrow it).</summary>
    public static void CreateDirectory(string path, int mode)
    {
        System.IO.Directory.CreateDirectory(path, (UnixFileMode)mode);
        Set(path, mode);
    }

    /// <summary>Creates an empty file (the parent must exist) unless one exists.</summary>
    public static void CreateFile(string path, int mode)
    {
        using var file = new FileStream(path, new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.Write, UnixCreateMode = (UnixFileMode)mode });
    }
}
