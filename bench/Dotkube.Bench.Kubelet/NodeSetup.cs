using System.Diagnostics;

namespace Dotkube.Bench.Kubelet;

/// <summary>What the run needs around the server: root, the images built, and `dotkube uninstall` at the end.</summary>
public static class NodeSetup
{
    /// <summary>An error message when this machine cannot run the agent, else null.</summary>
    public static string? Missing()
    {
        if (!Environment.IsPrivilegedProcess)
            return "the agent runs containerd and must run as root (sudo)";
        string[] tools = ["/usr/bin/containerd", "/usr/sbin/runc", "/usr/lib/cni/bridge", "/usr/lib/cni/host-local", "/usr/lib/cni/portmap", "/bin/busybox"];
        return tools.FirstOrDefault(t => !File.Exists(t)) is { } missing
            ? $"{missing} is missing: install Debian's containerd, runc, containernetworking-plugins and busybox-static"
            : null;
    }

    /// <summary>Builds pause.tar and busybox.tar with the repository's images/build.sh (found from the current directory upwards) into <paramref name="outDir"/>.</summary>
    public static async Task BuildImagesAsync(string outDir, CancellationToken ct)
    {
        var script = Script() ?? throw new InvalidOperationException("images/build.sh not found above the current directory: run from the repository or pass --images DIR");
        var (code, output) = await RunAsync("bash", [script, outDir], ct);
        if (code != 0)
            throw new InvalidOperationException($"images/build.sh failed ({code}):\n{output}");
    }

    /// <summary>`dotkube uninstall --data-dir DIR`: stops what the agent left (containerd, shims, containers) and removes its network, mounts and the dir.</summary>
    public static async Task<(int Code, string Output)> UninstallAsync(string dll, string dataDir, CancellationToken ct) =>
        await RunAsync("dotnet", [dll, "uninstall", "--data-dir", dataDir], ct);

    private static string? Script()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "images", "build.sh");
            if (File.Exists(candidate))
                return candidate;
        }

        return null;
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, string[] arguments, CancellationToken ct)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await stdout + await stderr);
    }
}
