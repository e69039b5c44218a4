using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Probes;

/// <summary>
/// Probes one container for one probe kind, every period, until stopped or the pod is over
/// (upstream's prober worker). It reads the pod's latest status from its <see cref="ProbeManager"/>
/// and follows the container by id: a new container starts from the kind's initial result
/// (readiness Failure, liveness Success, startup Unknown) and a clean run count. Before the
/// initial delay nothing is probed; liveness and readiness wait for the container to have started
/// (its startup probe passed), a startup probe stops once it has. A result is recorded only after
/// successThreshold successes or failureThreshold failures in a row; after a liveness or startup
/// failure the worker holds until the container is replaced.
/// </summary>
internal sealed class ProbeWorker
{
    private readonly ProbeManager _manager;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _trigger = new(0, 1);
    private string _containerId = "";
    private ProbeResult? _lastResult;
    private int _resultRun;
    private bool _onHold;

    public ProbeWorker(ProbeManager manager, ProbeKind kind, string podUid, Container container, Probe probe)
    {
        _manager = manager;
        Kind = kind;
        PodUid = podUid;
        Container = container;
        Probe = probe;
        Timing = ProbeTiming.Of(probe, kind);
        Results = manager.ResultsOf(kind);
    }

    public ProbeKind Kind { get; }

    public string PodUid { get; }

    public Container Container { get; }

    public Probe Probe { get; }

    public ProbeTiming Timing { get; }

    private ProbeResults Results { get; }

    private ProbeResult InitialResult => Kind switch
    {
        ProbeKind.Readiness => ProbeResult.Failure,
        ProbeKind.Liveness => ProbeResult.Success,
        _ => ProbeResult.Unknown,
    };

    public Task Start() => Task.Run(RunAsync, CancellationToken.None);

    /// <summary>Stops the loop; it removes its results and itself from the manager. Safe to call more than once.</summary>
    public void Stop()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Probes at once instead of at the next period (coalesced), as upstream's manual trigger.</summary>
    public void Trigger()
    {
        lock (_trigger)
        {
            if (_trigger.CurrentCount == 0)
                _trigger.Release();
        }
    }

    /// <summary>One round of upstream's doProbe; returns whether the worker keeps going.</summary>
    public async Task<bool> ProbeOnceAsync(CancellationToken ct)
    {
        if (_manager.Snapshot(PodUid) is not var (pod, status))
            return true; // no sync yet, or the pod is gone
        if (status.Phase is "Succeeded" or "Failed")
            return false;
        var container = status.ContainerStatuses?.FirstOrDefault(c => c.Name == Container.Name && !string.IsNullOrEmpty(c.ContainerID));
        if (container is null)
            return true; // not created yet

        var id = ProbeManager.RuntimeId(container.ContainerID!);
        if (id != _containerId)
        {
            if (_containerId.Length > 0)
                Results.Remove(_containerId);
            _containerId = id;
            Results.Set(id, InitialResult, PodUid);
            _onHold = false;
        }

        if (_onHold)
            return true;
        if (container.State.Running is not { } running)
        {
            Results.Set(id, ProbeResult.Failure, PodUid);
            // A terminated container that will not be restarted ends the worker.
            return container.State.Terminated is null || pod.Spec.RestartPolicy != "Never";
        }

        if (pod.Metadata.DeletionTimestamp is not null && Kind != ProbeKind.Readiness)
        {
            // As upstream: a pod shutting down is not killed for liveness; record success for a quiet end.
            Results.Set(id, ProbeResult.Success, PodUid);
            return false;
        }

        if ((long)(_manager.Time.GetUtcNow() - running.StartedAt).TotalSeconds < (long)Timing.InitialDelay.TotalSeconds)
            return true;
        if (container.Started == true ? Kind == ProbeKind.Startup : Kind != ProbeKind.Startup)
            return true;

        if (await _manager.Prober.ProbeAsync(Kind, Probe, pod, status, Container, id, ct) is not { } result)
            return true; // errored: the answer is thrown away

        _resultRun = result == _lastResult ? _resultRun + 1 : 1;
        _lastResult = result;
        var threshold = result == ProbeResult.Failure ? Timing.FailureThreshold : Timing.SuccessThreshold;
        if (_resultRun < threshold)
            return true;

        Results.Set(id, result, PodUid);
        if (Kind != ProbeKind.Readiness && result == ProbeResult.Failure)
        {
            // The container is to be killed: probe no more until a new one replaces it.
            _onHold = true;
            _resultRun = 0;
        }

        return true;
    }

    private async Task RunAsync()
    {
        var ct = _stop.Token;
        try
        {
            // Right after an agent start every worker starts at once: spread them over a period.
            if (_manager.Time.GetUtcNow() - _manager.StartedAt < Timing.Period)
                await Task.Delay(Timing.Period * _manager.NextJitter(), _manager.Time, ct);
            while (await ProbeOnceAsync(ct))
                await WaitAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _manager.WorkerFailed(this, e);
        }
        finally
        {
            if (_containerId.Length > 0)
                Results.Remove(_containerId);
            _manager.RemoveWorker(this);
            _stop.Dispose();
        }
    }

    private async Task WaitAsync(CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var tick = Task.Delay(Timing.Period, _manager.Time, wait.Token);
        var trigger = _trigger.WaitAsync(wait.Token);
        await Task.WhenAny(tick, trigger);
        await wait.CancelAsync();
        ct.ThrowIfCancellationRequested();
        // Observe the loser's cancellation; a trigger taken at the same time as the tick is just spent.
        await Task.WhenAll(tick, trigger).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
