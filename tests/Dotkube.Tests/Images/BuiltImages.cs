using Dotkube.Tests.Acceptance;

namespace Dotkube.Tests.Images;

/// <summary>images/build.sh run once into a temp dir, shared by a test class; deleted afterwards.</summary>
public sealed class BuiltImages : IAsyncLifetime
{
    public static string BuildScript => Path.GetFullPath(Path.Combine(AcceptancePaths.ProjectDir, "..", "..", "images", "build.sh"));

    public string Dir { get; } = Directory.CreateTempSubdirectory("dotkube-images-").FullName;

    /// <summary>What the build printed: one "FILE MANIFEST_DIGEST NAME..." line per image.</summary>
    public string Output { get; private set; } = "";

    public string Busybox => Path.Combine(Dir, "busybox.tar");

    public string Pause => Path.Combine(Dir, "pause.tar");

    public static async Task<string> BuildAsync(string outDir)
    {
        Assert.True(File.Exists("/bin/busybox"), "/bin/busybox is missing: install Debian's busybox-static (./test.sh does as root)");
        var result = await ToolProcess.RunAsync("bash", [BuildScript, outDir], new ToolOptions { Timeout = TimeSpan.FromMinutes(2) });
        return result.Ok();
    }

    public async Task InitializeAsync() => Output = await BuildAsync(Dir);

    public Task DisposeAsync()
    {
        Directory.Delete(Dir, recursive: true);
        return Task.CompletedTask;
    }
}
