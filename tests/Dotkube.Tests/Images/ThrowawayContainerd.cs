using System.Diagnostics;
using System.Text;
using Dotkube.Kubelet.Cleanup;
using Dotkube.Kubelet.Linux;
using Dotkube.Tests.Acceptance;

namespace Dotkube.Tests.Images;

/// <summary>
/// A containerd of its own (root, state, socket in a temp dir; CRI plugin off, since the tests
/// drive it with ctr; runc with cgroupfs, its default) for image tests. Disposing removes its
/// tasks, stops it, ends any shim left on its socket, unmounts what it mounted and deletes the dir.
/// </summary>
public sealed class ThrowawayContainerd : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ThrowawayContainerd(string dir, Process process)
    {
        Dir = dir;
        _process = process;
    }

    public string Dir { get; }

    public string Socket => Path.Combine(Dir, "containerd.sock");

    /// <summary>Fails the test (never skips it) when this is not root or containerd, ctr or runc is missing.</summary>
    public static async Task<ThrowawayContainerd> StartAsync()
    {
        Assert.True(Environment.IsPrivilegedProcess, "the containerd image tests run containers and must run as root (sudo ./test.sh)");
        foreach (var tool in new[] { "/usr/bin/containerd", "/usr/bin/ctr", "/usr/sbin/runc" })
            Assert.True(File.Exists(tool) || File.Exists(tool.Replace("/sbin/", "/bin/", StringComparison.Ordinal)), $"{tool} is missing: install Debian's containerd and runc (./test.sh does as root)");

        var dir = Directory.CreateTempSubdirectory("dotkube-ctd-").FullName;
        File.WriteAllText(Path.Combine(dir, "config.toml"), $"""
            version = 2
            root = "{dir}/root"
            state = "{dir}/state"
            disabled_plugins = ["io.containerd.grpc.v1.cri"]
            [grpc]
              address = "{dir}/containerd.sock"
            [plugins."io.containerd.internal.v1.opt"]
              path = "{dir}/opt"
            """);
        var start = new ProcessStartInfo("/usr/bin/containerd") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(Path.Combine(dir, "config.toml"));
        var containerd = new ThrowawayContainerd(dir, Process.Start(start)!);
        containerd._process.OutputDataReceived += containerd.Append;
        containerd._process.ErrorDataReceived += containerd.Append;
        containerd._process.BeginOutputReadLine();
        containerd._process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (!(await containerd.CtrAsync("version")).Succeeded)
        {
            if (containerd._process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                await containerd.DisposeAsync();
                Assert.Fail($"containerd did not come up:\n{containerd.Log}");
            }

            await Task.Delay(100);
        }

        return containerd;
    }

    public string Log
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    /// <summary>Runs <c>ctr --address SOCKET -n k8s.io ARGS...</c>.</summary>
    public Task<ToolResult> CtrAsync(params string[] args) =>
        ToolProcess.RunAsync("ctr", ["--address", Socket, "--namespace", "k8s.io", .. args], new ToolOptions { Timeout = TimeSpan.FromMinutes(1) });

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            foreach (var task in (await CtrAsync("tasks", "ls", "-q")).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                await CtrAsync("tasks", "kill", "-s", "SIGKILL", task);
                await CtrAsync("tasks", "delete", "-f", task);
                await CtrAsync("containers", "delete", task);
            }

            Processes.Terminate(_process.Id);
            if (!_process.WaitForExit(10_000))
                _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        foreach (var shim in HostProcess.All().Where(p => ProcessMatcher.IsShim(p.Argv, Socket)))
            Processes.ForceKill(shim.Pid);
        Mounts.UnmountUnder(Dir);
        Directory.Delete(Dir, recursive: true);
    }

    private void Append(object sender, DataReceivedEventArgs e)
    {
        lock (_log)
            _log.AppendLine(e.Data);
    }
}
