namespace Dotkube.Scheduler.Plugins.PodTopologySpread;

/// <summary>Node labels the system default constraints spread over.</summary>
internal static class WellKnownLabels
{
    public const string Hostname = "kubernetes.io/hostname";

    public const string Zone = "topology.kubernetes.io/zone";
}
