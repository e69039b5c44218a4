using System.Text;

namespace Dotkube.ApiServer.Security;

/// <summary>
/// Writes for key material. Modes are set with chmod after creation because the create mode is
/// narrowed by the process umask (and a 0644 kubeconfig asked for by the user must stay 0644).
/// Files are replaced by rename so a crash leaves the old file or the new one, never half a key.
/// </summary>
public static class SecureFiles
{
    /// <summary>0600: private keys and tokens, as k3s writes them.</summary>
    public const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>0644: certificates are public; only their keys are secret.</summary>
    public const UnixFileMode PublicFile = PrivateFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>0700: the TLS directory, so even a mis-moded key below it stays unreadable to others.</summary>
    public const UnixFileMode PrivateDirectory = PrivateFile | UnixFileMode.UserExecute;

    /// <summary>0755: a directory holding a file whose own mode decides who reads it (the kubeconfig).</summary>
    public const UnixFileMode PublicDirectory = PrivateDirectory
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    /// <summary>Creates the directory and missing parents with 0700 and forces 0700 on an existing one.</summary>
    public static void EnsurePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw NotUnix();
        }

        Directory.CreateDirectory(path, PrivateDirectory);
        File.SetUnixFileMode(path, PrivateDirectory);
    }

    /// <summary>Creates the directory and missing parents with 0755; an existing one keeps its mode.</summary>
    public static void EnsureDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw NotUnix();
        }

        Directory.CreateDirectory(path, PublicDirectory);
    }

    public static void SetMode(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            throw NotUnix();
        }

        File.SetUnixFileMode(path, mode);
    }

    public static void WriteAtomically(string path, string contents, UnixFileMode mode) =>
        WriteAtomically(path, Encoding.UTF8.GetBytes(contents), mode);

    public static void WriteAtomically(string path, ReadOnlySpan<byte> contents, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            throw NotUnix();
        }

        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            // Created 0600 so the secret is never readable by others, even for an instant.
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = PrivateFile };
            using (var stream = new FileStream(temp, create))
            {
                stream.Write(contents);
                stream.Flush(flushToDisk: true);
            }

            File.SetUnixFileMode(temp, mode);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    // dotkube runs on Linux only; the inline guards above also tell the platform analyzer so.
    private static PlatformNotSupportedException NotUnix() => new("dotkube's key files need Unix file modes");
}
