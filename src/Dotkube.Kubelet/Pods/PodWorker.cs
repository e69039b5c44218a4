using Dotkube.Api.Core.V1;
using Dotkube.Client.Runtime;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Lifecycle;
using Dotkube.Kubelet.Probes;
using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// Syncs one pod at a time, keyed by uid (upstream's pod workers and SyncPod): reads what the
/// runtime has of the pod, then brings it to the API's pod. A pod the API no longer has loses its
/// containers and sandboxes; a pod with a deletionTimestamp is stopped with its grace period and
/// then deleted for good; a terminal pod gives up its sandbox; any other pod is synced. The
/// runtime's labels are the only state: a new agent adopts running containers unchanged.
/// </summary>
internal sealed partial class PodWorker : IReconciler<string>
{
    private readonly Func<string, Pod?> _pods;
    private readonly RuntimeServiceClient _runtime;
    private readonly RuntimeInspector _inspector;
    private readonly ImagePuller _images;
    private readonly StatusManager _status;
    private readonly ProbeManager _probes;
    private readonly Backoff _backoff;
    private readonly PodManagerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly PodConfigSource _config;
    private readonly HookRunner _hooks;
    private readonly ContainerStopper _stopper;
    private readonly PodAdmitter _admitter;

    public PodWorker(Func<string, Pod?> pods, RuntimeServiceClient runtime, ImageServiceClient images, StatusManager status,
        ProbeManager probes, PodManagerOptions options, TimeProvider time, ILogger logger, PodConfigSource config, HookRunner hooks,
        PodAdmitter admitter)
    {
        _admitter = admitter;
        _hooks = hooks;
        _stopper = new ContainerStopper(runtime, hooks, config.Events, time, logger);
        _probes = probes;
        _config = config;
        _pods = pods;
        _runtime = runtime;
        _inspector = new RuntimeInspector(runtime);
        _backoff = new Backoff(options.InitialBackoff, options.MaxBackoff, time);
        _images = new ImagePuller(images, new Backoff(options.InitialBackoff, options.MaxBackoff, time));
        _status = status;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>The runtime's name in container ids (containerd://...); set from CRI Version before the first sync.</summary>
    public string RuntimeName { get; set; } = "containerd";

    public async Task<ReconcileResult> ReconcileAsync(string uid, CancellationToken ct)
    {
        var pod = _pods(uid);
        var runtime = await _inspector.InspectAsync(uid, ct);
        if (pod is null)
        {
            if (!runtime.IsEmpty)
                await RemoveOrphanAsync(runtime, ct);
            _backoff.ForgetPrefix(uid + "/");
            _status.Forget(uid);
            _probes.RemovePod(uid);
            _admitter.Forget(uid);
            return _config.Volumes.TearDown(uid, removePodDirectory: true) ? ReconcileResult.Success : ReconcileResult.After(ConfigRetry);
        }

        if (pod.Metadata.DeletionTimestamp is not null)
        {
            _probes.StopLivenessAndStartup(uid);
            await TerminateAsync(pod, runtime, ct);
            return ReconcileResult.Success;
        }

        if (PodPhases.IsTerminal(pod.Status.Phase))
        {
            _probes.RemovePod(uid);
            await StopSandboxesAsync(runtime, ct);
            // As upstream, a finished pod's volumes are unmounted; its directory goes with the pod.
            _config.Volumes.TearDown(uid, removePodDirectory: false);
            return ReconcileResult.Success;
        }

        if (_admitter.Admit(pod, ran: !runtime.IsEmpty) is { Admit: false } rejection)
        {
            await RejectAsync(pod, rejection, ct);
            return ReconcileResult.Success;
        }

        return await SyncAsync(pod, runtime, ct);
    }

    /// <summary>As upstream's rejectPod: a Warning event, and the pod Failed with the reason; none of its containers ever starts.</summary>
    private async Task RejectAsync(Pod pod, AdmissionResult rejection, CancellationToken ct)
    {
        LogRejected(_logger, pod.Namespace(), pod.Name(), rejection.Reason, rejection.Message);
        _config.Warn(pod, rejection.Reason, rejection.Message);
        var status = new PodStatus
        {
            Phase = PodPhases.Failed, Reason = rejection.Reason, Message = "Pod was rejected: " + rejection.Message, QosClass = pod.Status.QosClass,
        };
        await _status.SetAsync(pod, status, ct);
    }

    private string ReadHostResolvConf() => File.Exists(_options.ResolvConf) ? File.ReadAllText(_options.ResolvConf) : "";
}
