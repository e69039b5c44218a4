namespace Dotkube.Kubelet.Probes;

/// <summary>
/// What the kubelet holds about a container for one probe kind (upstream's results.Result): Unknown
/// until a startup probe decides, then Success or Failure once a threshold is reached.
/// </summary>
public enum ProbeResult
{
    Unknown,
    Success,
    Failure,
}
