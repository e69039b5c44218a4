using System.Diagnostics;
using System.Text;

namespace Dotkube.Kubelet.Tests.Server;

/// <summary>The real kubectl (/usr/bin/kubectl) against one kubeconfig, with a private discovery cache.</summary>
public sealed class Kubectl(string kubeconfig, string cacheDir)
{
    public const string Path = "/usr/bin/kubectl";

    public async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts a kubectl that keeps running (logs -f); the caller reads its output and kills it.</summary>
    public Process Start(params string[] arguments)
    {
        Assert.True(File.Exists(Path), $"{Path} is missing: ./test.sh installs the Debian package kubernetes-client");
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in (string[])["--kubeconfig", kubeconfig, "--cache-dir", cacheDir, .. arguments])
            start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }
}
