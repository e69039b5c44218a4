using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Volumes;

/// <summary>
/// The checks a hostPath volume's type asks for before it is mounted, with upstream's messages
/// (pkg/volume/hostpath checkType): DirectoryOrCreate makes a missing directory (0755, with its
/// parents), FileOrCreate a missing file (0644; its parent must exist), the other types only
/// check what is there; "" checks nothing.
/// </summary>
public static class HostPathChecks
{
    public static void Check(string path, string? type)
    {
        switch (type ?? HostPathType.Unset)
        {
            case HostPathType.Unset:
                return;
            case HostPathType.DirectoryOrCreate when !Exists(path):
                MakeDirectory(path);
                return;
            case HostPathType.DirectoryOrCreate or HostPathType.Directory:
                if (!Directory.Exists(path))
                    throw Failed(path, "a directory");
                return;
            case HostPathType.FileOrCreate when !Exists(path):
                MakeFile(path);
                return;
            case HostPathType.FileOrCreate or HostPathType.File:
                if (TypeOf(path) != UnixFileKind.Regular)
                    throw Failed(path, "a file");
                return;
            case HostPathType.Socket:
                if (TypeOf(path) != UnixFileKind.Socket)
                    throw Failed(path, "a socket file");
                return;
            case HostPathType.CharDevice:
                if (TypeOf(path) != UnixFileKind.CharDevice)
                    throw Failed(path, "a character device");
                return;
            case HostPathType.BlockDevice:
                if (TypeOf(path) != UnixFileKind.BlockDevice)
                    throw Failed(path, "a block device");
                return;
            default:
                throw new VolumeSetupException($"{type} is an invalid volume type");
        }
    }

    private static VolumeSetupException Failed(string path, string what) => new($"hostPath type check failed: {path} is not {what}");

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    private static void MakeDirectory(string path)
    {
        try
        {
            UnixModes.CreateDirectory(path, UnixModes.Directory);
        }
        catch (IOException e)
        {
            throw new VolumeSetupException($"mkdir {path}: {e.Message}", e);
        }
    }

    private static void MakeFile(string path)
    {
        try
        {
            UnixModes.CreateFile(path, UnixModes.NewFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VolumeSetupException($"open {path}: {e.Message}", e);
        }
    }

    /// <summary>The kind of file at <paramref name="path"/>, following symlinks as upstream's os.Stat does.</summary>
    internal static UnixFileKind TypeOf(string path) => UnixFiles.KindOf(path);
}
