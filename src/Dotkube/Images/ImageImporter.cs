using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Dotkube.Images;

/// <summary>
/// Imports OCI/docker image tarballs into containerd by running <c>ctr images import</c>, which
/// names each image after the archive's io.containerd.image.name annotations (or its
/// manifest.json RepoTags) and unpacks it for the snapshotter.
/// </summary>
public sealed partial class ImageImporter(ImageImporterOptions options)
{
    public ImageImporterOptions Options { get; } = options;

    /// <summary>Imports one tarball and returns the names of the images it held.</summary>
    /// <exception cref="ImageImportException">The file, containerd or ctr is missing, or ctr failed.</exception>
    public async Task<IReadOnlyList<string>> ImportAsync(string tarball, CancellationToken cancellationToken)
    {
        if (!File.Exists(tarball))
            throw new ImageImportException($"{tarball}: no such file");
        if (!File.Exists(Options.Address))
            throw new ImageImportException($"containerd is not running at {Options.Address} (no socket there); start it or pass --address");

        List<string> arguments = ["--address", Options.Address, "--namespace", Options.Namespace, "images", "import"];
        if (Options.Snapshotter is { Length: > 0 } snapshotter)
            arguments.AddRange(["--snapshotter", snapshotter]);
        arguments.Add(tarball);
        var (exitCode, stdout, stderr) = await RunCtrAsync(arguments, cancellationToken);
        if (exitCode != 0)
            throw new ImageImportException($"{tarball}: ctr images import failed (exit code {exitCode}): {stderr.Trim()}");

        // ctr prints "unpacking NAME (sha256:...)...done" for every image it created.
        var names = UnpackedLine().Matches(stdout).Select(m => m.Groups["name"].Value).ToList();
        return names.Count > 0
            ? names
            : throw new ImageImportException($"{tarball}: ctr imported no named image (the archive's index.json has no io.containerd.image.name or ref.name annotation): {stdout.Trim()}");
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunCtrAsync(List<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Options.CtrPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        arguments.ForEach(start.ArgumentList.Add);
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new ImageImportException($"cannot run {Options.CtrPath} ({e.Message}); install containerd, which ships ctr");
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            throw new ImageImportException($"ctr images import did not finish within {Options.Timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    [GeneratedRegex(@"^unpacking (?<name>\S+) \(sha256:[0-9a-f]{64}\)", RegexOptions.Multiline)]
    private static partial Regex UnpackedLine();
}
