using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Probes;

namespace Dotkube.Kubelet.Tests.Probes;

/// <summary>An <see cref="IContainerProber"/> that answers what the test says and counts its calls per kind.</summary>
internal sealed class FakeProber : IContainerProber
{
    private readonly Dictionary<ProbeKind, ProbeResult?> _answers = [];
    private readonly Dictionary<ProbeKind, int> _calls = [];
    private readonly Lock _lock = new();

    public void Answer(ProbeKind kind, ProbeResult? result)
    {
        lock (_lock) _answers[kind] = result;
    }

    public int Calls(ProbeKind kind)
    {
        lock (_lock) return _calls.GetValueOrDefault(kind);
    }

    public Task<ProbeResult?> ProbeAsync(ProbeKind kind, Probe probe, Pod pod, PodStatus status, Container container, string containerId,
        CancellationToken ct)
    {
        lock (_lock)
        {
            _calls[kind] = _calls.GetValueOrDefault(kind) + 1;
            return Task.FromResult(_answers.GetValueOrDefault(kind, ProbeResult.Success));
        }
    }
}
