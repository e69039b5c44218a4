using System.Diagnostics;

namespace Dotkube.Kubelet.Tests.Support;

/// <summary>containerd's own CLI against one agent's socket, in CRI's k8s.io namespace: runs containers without images or CRI.</summary>
public sealed class Ctr(string socket)
{
    public async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(NodeRequirements.Ctr) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--address", socket, "--namespace", "k8s.io", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start ctr");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ctr {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }

    /// <summary>The pid of a task, from <c>ctr task ls</c> (columns TASK PID STATUS), or null when there is none.</summary>
    public async Task<(int Pid, string Status)?> TaskAsync(string id)
    {
        foreach (var line in (await RunAsync("task", "ls")).Split('\n').Skip(1))
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 3 && columns[0] == id)
            {
                return (int.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture), columns[2]);
            }
        }

        return null;
    }
}
