using Dotkube.Images;

namespace Dotkube.Tests.Images;

/// <summary>E2E: our tarballs imported into a real containerd by <c>dotkube images import</c>, then run.</summary>
public class ContainerdImportTests(BuiltImages built) : IClassFixture<BuiltImages>
{
    private static readonly string[] Names =
        ["docker.io/library/busybox:1.36", "docker.io/library/busybox:latest", "registry.k8s.io/pause:3.10"];

    /// <summary>overlayfs where the kernel has it (containerd's default), else the native snapshotter.</summary>
    private static readonly string Snapshotter = File.ReadAllText("/proc/filesystems").Contains("\toverlay\n", StringComparison.Ordinal) ? "overlayfs" : "native";

    [Fact]
    public async Task Imported_images_carry_their_full_names_and_run()
    {
        await using var containerd = await ThrowawayContainerd.StartAsync();

        var (exitCode, output, error) = await ImagesCommandTests.RunAsync(
            "images", "import", "--address", containerd.Socket, "--snapshotter", Snapshotter, built.Busybox, built.Pause);

        Assert.True(exitCode == 0, $"{output}\n{error}\n{containerd.Log}");
        Assert.Equal(
            [.. Names.Order(StringComparer.Ordinal).Select(n => $"imported {n} from {(n.Contains("pause", StringComparison.Ordinal) ? built.Pause : built.Busybox)}")],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        var listed = (await containerd.CtrAsync("images", "ls", "-q")).Ok();
        Assert.Equal(Names, listed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        var hello = await containerd.CtrAsync("run", "--rm", "--snapshotter", Snapshotter, "docker.io/library/busybox:latest", "hello", "echo", "hello");
        Assert.Equal("hello\n", hello.Ok());
    }

    [Fact]
    public async Task The_pause_image_runs_until_SIGTERM_and_then_exits_0()
    {
        await using var containerd = await ThrowawayContainerd.StartAsync();
        await new ImageImporter(new ImageImporterOptions { Address = containerd.Socket, Snapshotter = Snapshotter }).ImportAsync(built.Pause, CancellationToken.None);

        var run = containerd.CtrAsync("run", "--rm", "--snapshotter", Snapshotter, "registry.k8s.io/pause:3.10", "sandbox");
        await WaitRunningAsync(containerd, "sandbox");
        (await containerd.CtrAsync("tasks", "kill", "--signal", "SIGTERM", "sandbox")).Ok();

        var result = await run;
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task The_directory_importer_imports_into_containerd_once()
    {
        await using var containerd = await ThrowawayContainerd.StartAsync();
        var images = Path.Combine(containerd.Dir, "images");
        Directory.CreateDirectory(images);
        File.Copy(built.Busybox, Path.Combine(images, "busybox.tar"));
        var importer = new ImageDirectoryImporter(images, Path.Combine(containerd.Dir, "images-imported.json"),
            new ImageImporter(new ImageImporterOptions { Address = containerd.Socket, Snapshotter = Snapshotter }));

        var first = await importer.ImportChangedAsync(CancellationToken.None);
        var second = await importer.ImportChangedAsync(CancellationToken.None);

        Assert.Equal((false, null), (first.Single().Skipped, first.Single().Error));
        Assert.Equal(["docker.io/library/busybox:latest", "docker.io/library/busybox:1.36"], first.Single().Images);
        Assert.True(second.Single().Skipped);
    }

    private static async Task WaitRunningAsync(ThrowawayContainerd containerd, string task)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var tasks = await containerd.CtrAsync("tasks", "ls");
            if (tasks.Stdout.Split('\n').Any(l => l.StartsWith(task + " ", StringComparison.Ordinal) && l.Contains("RUNNING", StringComparison.Ordinal)))
                return;
            await Task.Delay(50);
        }

        Assert.Fail($"task {task} never ran:\n{containerd.Log}");
    }
}
