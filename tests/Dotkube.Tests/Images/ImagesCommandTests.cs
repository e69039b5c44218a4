using Dotkube.Cli;

namespace Dotkube.Tests.Images;

public class ImagesCommandTests
{
    [Fact]
    public async Task Without_an_address_the_agents_containerd_under_the_data_dir_is_used()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "dotkube-never-created-" + Guid.NewGuid().ToString("N"));
        var tarball = Path.GetTempFileName();
        try
        {
            var (exitCode, _, error) = await RunAsync("images", "import", "--data-dir", dataDir, tarball);

            Assert.Equal(1, exitCode);
            Assert.Contains($"containerd is not running at {dataDir}/agent/run/containerd/containerd.sock", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(tarball);
        }
    }

    [Fact]
    public async Task Every_missing_file_is_named_and_the_command_fails()
    {
        var (exitCode, output, error) = await RunAsync("images", "import", "--address", "/nonexistent.sock", "/nonexistent/a.tar", "/nonexistent/b.tar");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("/nonexistent/a.tar: no such file", error, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/b.tar: no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_ctr_binary_says_what_to_install()
    {
        var socket = Path.GetTempFileName();
        try
        {
            var importer = new Dotkube.Images.ImageImporter(new() { Address = socket, CtrPath = "/nonexistent/ctr" });

            var error = await Assert.ThrowsAsync<Dotkube.Images.ImageImportException>(() => importer.ImportAsync(socket, CancellationToken.None));

            Assert.Contains("install containerd", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(socket);
        }
    }

    internal static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var result = RootCommandFactory.Create().Parse(args);
        result.InvocationConfiguration.Output = output;
        result.InvocationConfiguration.Error = error;
        var exitCode = await result.InvokeAsync();
        return (exitCode, output.ToString(), error.ToString());
    }
}
