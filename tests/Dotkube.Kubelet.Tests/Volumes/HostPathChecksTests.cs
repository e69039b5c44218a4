using System.Net.Sockets;
using Dotkube.Kubelet.Volumes;

namespace Dotkube.Kubelet.Tests.Volumes;

/// <summary>hostPath types as upstream's checkType: what each accepts, what the *OrCreate types make, and the errors.</summary>
public sealed class HostPathChecksTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dotkube-hostpath-").FullName;
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

    public void Dispose()
    {
        _socket.Dispose(); // .NET removes a bound socket's file on dispose, so it stays open for the test
        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData("", "missing", null)]
    [InlineData("Directory", "dir", null)]
    [InlineData("Directory", "file", "hostPath type check failed: {0} is not a directory")]
    [InlineData("Directory", "missing", "hostPath type check failed: {0} is not a directory")]
    [InlineData("File", "file", null)]
    [InlineData("File", "dir", "hostPath type check failed: {0} is not a file")]
    [InlineData("FileOrCreate", "dir", "hostPath type check failed: {0} is not a file")]
    [InlineData("DirectoryOrCreate", "file", "hostPath type check failed: {0} is not a directory")]
    [InlineData("Socket", "socket", null)]
    [InlineData("Socket", "file", "hostPath type check failed: {0} is not a socket file")]
    [InlineData("CharDevice", "/dev/null", null)]
    [InlineData("CharDevice", "file", "hostPath type check failed: {0} is not a character device")]
    [InlineData("BlockDevice", "/dev/null", "hostPath type check failed: {0} is not a block device")]
    [InlineData("Pipe", "file", "Pipe is an invalid volume type")]
    public void Types_check_what_is_at_the_path(string type, string what, string? error)
    {
        var path = Make(what);
        var thrown = Record.Exception(() => HostPathChecks.Check(path, type));
        Assert.Equal(error is null ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, error, path), thrown?.Message);
    }

    [Fact]
    public void DirectoryOrCreate_makes_the_directory_with_its_parents_as_0755()
    {
        var path = Path.Combine(_root, "a", "b");
        HostPathChecks.Check(path, "DirectoryOrCreate");
        Assert.True(Directory.Exists(path));
        Assert.Equal(0x1ED, UnixModes.Get(path));
    }

    [Fact]
    public void FileOrCreate_makes_an_empty_0644_file_but_not_its_parent()
    {
        var path = Path.Combine(_root, "f");
        HostPathChecks.Check(path, "FileOrCreate");
        Assert.Equal((0L, 0x1A4), (new FileInfo(path).Length, UnixModes.Get(path)));
        Assert.Throws<VolumeSetupException>(() => HostPathChecks.Check(Path.Combine(_root, "no", "f"), "FileOrCreate"));
    }

    private string Make(string what)
    {
        var path = Path.Combine(_root, what.Replace('/', '_'));
        switch (what)
        {
            case "dir":
                Directory.CreateDirectory(path);
                break;
            case "file":
                File.WriteAllText(path, "x");
                break;
            case "socket":
                _socket.Bind(new UnixDomainSocketEndPoint(path));
                break;
            case "/dev/null":
                return what;
        }

        return path;
    }
}
