using System.Diagnostics;
using System.Globalization;

namespace Dotkube.Kubelet.Tests.Support;

/// <summary>Starts containerd on an agent dir's existing config outside any supervisor, as an agent killed with -9 leaves it.</summary>
public static class LeftoverContainerd
{
    public static Process Start(string dataDir)
    {
        var config = Path.Combine(dataDir, "etc", "containerd", "config.toml");
        var process = Process.Start(new ProcessStartInfo(NodeRequirements.Containerd)
        {
            ArgumentList = { "--config", config },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("could not start containerd");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        File.WriteAllText(Path.Combine(dataDir, "run", "containerd.pid"), process.Id.ToString(CultureInfo.InvariantCulture));
        return process;
    }
}
