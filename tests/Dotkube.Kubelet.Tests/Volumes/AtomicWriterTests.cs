using System.Text;
using Dotkube.Kubelet.Volumes;

namespace Dotkube.Kubelet.Tests.Volumes;

/// <summary>The ..data symlink scheme of upstream's AtomicWriter: layout, in-place update, no-op rewrites, path rules.</summary>
public sealed class AtomicWriterTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly string _target = Path.Combine(Directory.CreateTempSubdirectory("dotkube-atomic-").FullName, "volume");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_target)!, recursive: true);

    [Fact]
    public void Files_live_in_a_timestamped_directory_behind_the_data_symlink_and_top_level_names_link_into_it()
    {
        var writer = new AtomicWriter(_target);
        Assert.True(writer.Write(Payload(("game.properties", "lives=3", 420), ("ui/colors", "red", 256)), Now));

        var data = new FileInfo(Path.Combine(_target, "..data")).LinkTarget;
        Assert.NotNull(data);
        Assert.StartsWith("..2024_05_01_10_00_00.", data);
        Assert.Equal(Path.Combine("..data", "game.properties"), new FileInfo(Path.Combine(_target, "game.properties")).LinkTarget);
        Assert.Equal(Path.Combine("..data", "ui"), new FileInfo(Path.Combine(_target, "ui")).LinkTarget);
        Assert.Equal("lives=3", File.ReadAllText(Path.Combine(_target, "game.properties")));
        Assert.Equal("red", File.ReadAllText(Path.Combine(_target, "ui", "colors")));
        Assert.Equal(420, UnixModes.Get(Path.Combine(_target, data, "game.properties")));
        Assert.Equal(256, UnixModes.Get(Path.Combine(_target, data, "ui", "colors")));
        Assert.True(writer.HasData);
    }

    [Fact]
    public void An_update_swaps_the_data_link_removes_names_that_went_away_and_the_old_directory()
    {
        var writer = new AtomicWriter(_target);
        writer.Write(Payload(("a", "1", 420), ("b", "2", 420)), Now);
        var first = new FileInfo(Path.Combine(_target, "..data")).LinkTarget!;

        Assert.True(writer.Write(Payload(("a", "changed", 420), ("c", "3", 420)), Now.AddSeconds(1)));

        var second = new FileInfo(Path.Combine(_target, "..data")).LinkTarget!;
        Assert.NotEqual(first, second);
        Assert.False(Directory.Exists(Path.Combine(_target, first)));
        Assert.Equal("changed", File.ReadAllText(Path.Combine(_target, "a")));
        Assert.Equal("3", File.ReadAllText(Path.Combine(_target, "c")));
        Assert.False(File.Exists(Path.Combine(_target, "b")) || new FileInfo(Path.Combine(_target, "b")).LinkTarget is not null);
        Assert.Equal([second, "..data", "a", "c"], Directory.EnumerateFileSystemEntries(_target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Writing_the_same_payload_again_changes_nothing_but_a_new_mode_is_a_change()
    {
        var writer = new AtomicWriter(_target);
        writer.Write(Payload(("a", "1", 420)), Now);
        var first = new FileInfo(Path.Combine(_target, "..data")).LinkTarget;

        Assert.False(writer.Write(Payload(("a", "1", 420)), Now.AddSeconds(1)));
        Assert.Equal(first, new FileInfo(Path.Combine(_target, "..data")).LinkTarget);
        Assert.True(writer.Write(Payload(("a", "1", 256)), Now.AddSeconds(2)));
    }

    [Fact]
    public void An_empty_payload_leaves_only_the_data_link()
    {
        var writer = new AtomicWriter(_target);
        writer.Write(Payload(("a", "1", 420)), Now);
        writer.Write(Payload(), Now.AddSeconds(1));
        Assert.Equal(2, Directory.EnumerateFileSystemEntries(_target).Count()); // ..data and its directory
        Assert.True(writer.HasData);
    }

    [Theory]
    [InlineData("", "invalid path: must not be empty: \"\"")]
    [InlineData("/etc/passwd", "invalid path: must be relative path: /etc/passwd")]
    [InlineData("..secret", "invalid path: must not start with '..': ..secret")]
    [InlineData("a/../../b", "invalid path: must not contain '..': a/../../b")]
    public void Paths_follow_upstreams_rules(string path, string error)
    {
        var e = Assert.Throws<VolumeSetupException>(() => new AtomicWriter(_target).Write(Payload((path, "x", 420)), Now));
        Assert.Equal(error, e.Message);
    }

    [Fact]
    public void Paths_are_cleaned()
    {
        var cleaned = AtomicWriter.Validate(Payload(("./a//b/", "x", 420)));
        Assert.Equal(["a/b"], cleaned.Keys);
    }

    private static Dictionary<string, FileProjection> Payload(params (string Path, string Data, int Mode)[] files) =>
        files.ToDictionary(f => f.Path, f => new FileProjection(Encoding.UTF8.GetBytes(f.Data), f.Mode));
}
