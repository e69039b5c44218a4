using System.Formats.Tar;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Dotkube.Tests.Images;

public class ImageBuildTests(BuiltImages built) : IClassFixture<BuiltImages>
{
    public static TheoryData<string, string[]> Images => new()
    {
        { "busybox.tar", ["docker.io/library/busybox:latest", "docker.io/library/busybox:1.36"] },
        { "pause.tar", ["registry.k8s.io/pause:3.10"] },
    };

    [Fact]
    public async Task A_rebuild_gives_the_same_bytes_and_digests()
    {
        var again = Directory.CreateTempSubdirectory("dotkube-images-").FullName;
        try
        {
            var output = await BuiltImages.BuildAsync(again);

            Assert.Equal(built.Output.Replace(built.Dir, "OUT", StringComparison.Ordinal), output.Replace(again, "OUT", StringComparison.Ordinal));
            foreach (var name in new[] { "busybox.tar", "pause.tar" })
            {
                Assert.Equal(Sha256(Path.Combine(built.Dir, name)), Sha256(Path.Combine(again, name)));
            }
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void The_archive_is_an_OCI_layout_and_a_docker_archive_naming_every_tag(string file, string[] names)
    {
        var archive = OciArchive.Read(Path.Combine(built.Dir, file));

        Assert.Equal("""{"imageLayoutVersion":"1.0.0"}""", Encoding.UTF8.GetString(archive.File("oci-layout")));
        var manifests = archive.Index["manifests"]!.AsArray();
        Assert.Equal(names, manifests.Select(m => (string?)m!["annotations"]!["io.containerd.image.name"]));
        Assert.Equal(names, manifests.Select(m => (string?)m!["annotations"]!["org.opencontainers.image.ref.name"]));
        var docker = archive.DockerManifest.AsArray().Single()!;
        Assert.Equal(names, docker["RepoTags"]!.AsArray().Select(t => (string?)t));
        var manifest = archive.Manifest(names[0]);
        Assert.Equal("application/vnd.oci.image.manifest.v1+json", (string?)manifest["mediaType"]);
        Assert.Equal("blobs/sha256/" + manifest["config"]!["digest"]!.GetValue<string>()[7..], (string?)docker["Config"]);
        Assert.Equal(
            manifest["layers"]!.AsArray().Select(l => "blobs/sha256/" + l!["digest"]!.GetValue<string>()[7..]),
            docker["Layers"]!.AsArray().Select(l => (string?)l));
        // Every blob hashes to its name; every entry is owned by 0:0 at the epoch, in sorted order.
        foreach (var blob in archive.Entries.Where(e => e.Name.StartsWith("blobs/sha256/", StringComparison.Ordinal)))
        {
            archive.Blob("sha256:" + blob.Name["blobs/sha256/".Length..]);
        }

        AssertDeterministic(archive.Entries);
    }

    [Fact]
    public void The_busybox_layer_holds_the_binary_its_applets_users_and_tmp()
    {
        var layer = OciArchive.Read(built.Busybox).Layer("docker.io/library/busybox:latest", 0).ToDictionary(e => e.Name);

        Assert.Equal(TarEntryType.RegularFile, layer["bin/busybox"].Type);
        Assert.True(layer["bin/busybox"].Mode.HasFlag(UnixFileMode.OtherExecute));
        foreach (var applet in new[] { "sh", "httpd", "wget", "nslookup", "nc", "sleep", "cat" })
        {
            Assert.Equal((TarEntryType.SymbolicLink, "busybox"), (layer["bin/" + applet].Type, layer["bin/" + applet].LinkName));
        }

        Assert.Equal("root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n", Encoding.UTF8.GetString(layer["etc/passwd"].Content!));
        Assert.Equal("root:x:0:\nnobody:x:65534:\n", Encoding.UTF8.GetString(layer["etc/group"].Content!));
        Assert.True(layer["tmp"].Mode.HasFlag(UnixFileMode.StickyBit | UnixFileMode.OtherWrite));
        AssertDeterministic([.. layer.Values]);
    }

    [Fact]
    public void The_configs_match_upstreams_images()
    {
        var busybox = OciArchive.Read(built.Busybox).Config("docker.io/library/busybox:1.36");
        var pause = OciArchive.Read(built.Pause);
        var pauseConfig = pause.Config("registry.k8s.io/pause:3.10");

        foreach (var config in new[] { busybox, pauseConfig })
        {
            Assert.Equal("linux", (string?)config["os"]);
            Assert.Equal(OciArchitecture, (string?)config["architecture"]);
            Assert.StartsWith("PATH=", (string?)config["config"]!["Env"]![0]);
        }

        Assert.Equal("""["sh"]""", busybox["config"]!["Cmd"]!.ToJsonString());
        Assert.Equal("""["/pause"]""", pauseConfig["config"]!["Entrypoint"]!.ToJsonString());
        Assert.Equal("65535:65535", (string?)pauseConfig["config"]!["User"]);
        var script = pause.Layer("registry.k8s.io/pause:3.10", 1).Single(e => e.Name == "pause");
        Assert.True(script.Mode.HasFlag(UnixFileMode.OtherExecute));
        Assert.StartsWith("#!/bin/sh\n", Encoding.UTF8.GetString(script.Content!));
    }

    private static string OciArchitecture => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "amd64",
        Architecture.Arm64 => "arm64",
        var other => other.ToString().ToLowerInvariant(),
    };

    private static void AssertDeterministic(IReadOnlyList<TarEntrySnapshot> entries)
    {
        Assert.All(entries, e => Assert.Equal((0, 0, DateTimeOffset.UnixEpoch), (e.Uid, e.Gid, e.ModificationTime)));
        Assert.Equal(entries.Select(e => e.Name).Order(StringComparer.Ordinal), entries.Select(e => e.Name));
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
