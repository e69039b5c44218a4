using System.Diagnostics;
using System.Globalization;
using Dotkube.Grpc;
using Dotkube.Kubelet.Cleanup;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Linux;

namespace Dotkube.Kubelet.Containerd;

public sealed partial class ContainerdSupervisor
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private long _startedAt;

    /// <summary>Starts containerd and waits until CRI answers; kills it again if that does not happen.</summary>
    private async Task<Process> LaunchAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_options.ContainerdPath)
        {
            ArgumentList = { "--config", _options.ConfigFile },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => OnOutput(e.Data);
        process.Start();
        _startedAt = _time.GetTimestamp();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await File.WriteAllTextAsync(_options.PidFile, process.Id.ToString(CultureInfo.InvariantCulture), CancellationToken.None);
        LogStarted(_logger, process.Id, _options.ContainerdPath);
        try
        {
            var version = await WaitUntilReadyAsync(process, cancellationToken);
            LogReady(_logger, process.Id, version, _time.GetElapsedTime(_startedAt).TotalMilliseconds);
            return process;
        }
        catch
        {
            await TerminateAsync(process);
            process.Dispose();
            throw;
        }
    }

    private async Task<string> WaitUntilReadyAsync(Process process, CancellationToken cancellationToken)
    {
        using var client = new RuntimeServiceClient(new CriClientOptions { Endpoint = Endpoint, RuntimeRequestTimeout = TimeSpan.FromSeconds(2), Time = _time });
        while (true)
        {
            try
            {
                var version = await client.VersionAsync(cancellationToken);
                return $"{version.RuntimeName} {version.RuntimeVersion} (CRI {version.RuntimeApiVersion})";
            }
            catch (RpcException e)
            {
                // No socket yet (Unavailable), or containerd up but its CRI plugin not (Unimplemented).
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"containerd exited with code {process.ExitCode} before it answered CRI:\n{OutputTail()}", e);
                }

                if (_time.GetElapsedTime(_startedAt) > _options.StartTimeout)
                {
                    throw new TimeoutException($"containerd did not answer CRI Version within {_options.StartTimeout} ({e.Detail}):\n{OutputTail()}", e);
                }
            }

            await Task.Delay(PollInterval, _time, cancellationToken);
        }
    }

    /// <summary>Restarts containerd whenever it exits, with a doubling delay that resets after a stable run.</summary>
    private async Task MonitorAsync(CancellationToken stopping)
    {
        var backoff = _options.RestartBackoff;
        while (true)
        {
            var process = _process!;
            try
            {
                await process.WaitForExitAsync(stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var ran = _time.GetElapsedTime(_startedAt);
            LogExited(_logger, process.Id, process.ExitCode, ran.TotalSeconds);
            if (ran >= _options.StableRunTime)
            {
                backoff = _options.RestartBackoff;
            }

            while (true)
            {
                try
                {
                    LogRestarting(_logger, backoff.TotalSeconds);
                    await Task.Delay(backoff, _time, stopping);
                    backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.MaxRestartBackoff.Ticks));
                    _process = await LaunchAsync(stopping);
                    process.Dispose();
                    Restarts++;
                    break;
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogRestartFailed(_logger, e);
                }
            }
        }
    }

    /// <summary>SIGTERM, wait up to the stop timeout, then SIGKILL: containerd's pid only, so shims and containers live on.</summary>
    private async Task TerminateAsync(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        Processes.Terminate(process.Id);
        using var timeout = new CancellationTokenSource(_options.StopTimeout, _time);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            LogStopped(_logger, process.Id, process.ExitCode);
        }
        catch (OperationCanceledException)
        {
            LogKilling(_logger, process.Id, _options.StopTimeout.TotalSeconds);
            process.Kill(entireProcessTree: false);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Stops a containerd that a previous agent started and could not stop (it was killed): it
    /// holds the metadata database lock, so ours could not start beside it. Only a process whose
    /// command line names our config file is touched.
    /// </summary>
    private async Task StopLeftoverAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_options.PidFile)
            || !int.TryParse(File.ReadAllText(_options.PidFile).Trim(), CultureInfo.InvariantCulture, out var pid)
            || HostProcess.Read(pid) is not { } leftover
            || !ProcessMatcher.IsContainerd(leftover.Argv, _options.ConfigFile))
        {
            return;
        }

        LogLeftover(_logger, pid);
        Processes.Terminate(pid);
        var since = _time.GetTimestamp();
        var killed = false;
        while (Processes.IsAlive(pid))
        {
            if (!killed && _time.GetElapsedTime(since) > _options.StopTimeout)
            {
                killed = Processes.ForceKill(pid);
            }

            await Task.Delay(PollInterval, _time, cancellationToken);
        }
    }
}
