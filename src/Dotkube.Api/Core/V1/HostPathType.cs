namespace Dotkube.Api.Core.V1;

/// <summary>The checks a <see cref="HostPathVolumeSource"/> makes before mounting.</summary>
public static class HostPathType
{
    public const string Unset = "";
    public const string DirectoryOrCreate = "DirectoryOrCreate";
    public const string Directory = "Directory";
    public const string FileOrCreate = "FileOrCreate";
    public const string File = "File";
    public const string Socket = "Socket";
    public const string CharDevice = "CharDevice";
    public const string BlockDevice = "BlockDevice";
}
