using Dotkube.Kubelet.Cri.V1;

namespace Dotkube.Kubelet.Node;

/// <summary>
/// The container runtime's health as the Ready condition sees it (upstream's runtimeState, fed
/// by updateRuntimeUp): when CRI Status last answered, and whether it said RuntimeReady and
/// NetworkReady. Thread-safe: the runtime check and the status loop run side by side.
/// </summary>
public sealed class RuntimeState(TimeProvider time, TimeSpan syncThreshold)
{
    /// <summary>Upstream's message until the first CRI Status answer.</summary>
    public const string NotCheckedYet = "container runtime status check may not have completed yet";

    /// <summary>Upstream's message when CRI Status has not answered for the sync threshold.</summary>
    public const string RuntimeDown = "container runtime is down";

    /// <summary>Upstream's network error until the runtime first reports NetworkReady.</summary>
    public const string NetworkUnknown = "network state unknown";

    private readonly Lock _lock = new();
    private DateTimeOffset? _lastSync;
    private string? _runtimeError;
    private string? _networkError = NetworkUnknown;

    /// <summary>Records a CRI Status answer.</summary>
    public void Observe(RuntimeStatus status)
    {
        var runtime = status.Conditions.FirstOrDefault(c => c.Type == "RuntimeReady");
        var network = status.Conditions.FirstOrDefault(c => c.Type == "NetworkReady");
        lock (_lock)
        {
            _networkError = network is { Status: true } ? null : $"container runtime network not ready: {Describe(network, "NetworkReady")}";
            // As upstream: a runtime that is not ready does not count as a sync, so it turns "down" after the threshold too.
            if (runtime is null || !runtime.Status)
            {
                _runtimeError = $"container runtime not ready: {Describe(runtime, "RuntimeReady")}";
                return;
            }

            _runtimeError = null;
            _lastSync = time.GetUtcNow();
        }
    }

    /// <summary>Records that the runtime could not be started or asked at all.</summary>
    public void Fail(string error)
    {
        lock (_lock)
        {
            _runtimeError = error;
        }
    }

    /// <summary>The reasons the node is not ready, in upstream's order (runtime, then network); empty when it is.</summary>
    public IReadOnlyList<string> Errors()
    {
        lock (_lock)
        {
            var errors = new List<string>();
            if (_lastSync is null)
            {
                errors.Add(NotCheckedYet);
            }
            else if (_lastSync.Value + syncThreshold <= time.GetUtcNow())
            {
                errors.Add(RuntimeDown);
            }

            if (_runtimeError is not null)
            {
                errors.Add(_runtimeError);
            }

            if (_networkError is not null)
            {
                errors.Add(_networkError);
            }

            return errors;
        }
    }

    /// <summary>A CRI condition as upstream prints one: "NetworkReady=false reason:NetworkPluginNotReady message:...".</summary>
    internal static string Describe(RuntimeCondition? condition, string type) =>
        condition is null
            ? $"{type}=false reason: message:the runtime did not report {type}"
            : $"{condition.Type}={(condition.Status ? "true" : "false")} reason:{condition.Reason} message:{condition.Message}";
}
