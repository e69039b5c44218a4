namespace Dotkube.Kubelet.Volumes;

/// <summary>
/// The result of setting up a pod's volumes: each volume's host path, the volumes that failed
/// (volume name -> upstream's error), and whether containers may start: a volume that failed
/// blocks them only if it was never set up (a configMap that later goes away keeps the files it had).
/// </summary>
public sealed class PodVolumes(IReadOnlyDictionary<string, MountedVolume> mounted, IReadOnlyDictionary<string, string> failures,
    IReadOnlyCollection<string> blocking, bool refreshes)
{
    public static PodVolumes None { get; } = new(new Dictionary<string, MountedVolume>(), new Dictionary<string, string>(), [], false);

    public IReadOnlyDictionary<string, MountedVolume> Mounted { get; } = mounted;

    public IReadOnlyDictionary<string, string> Failures { get; } = failures;

    /// <summary>The volumes that failed and were never set up: until they are, no sandbox or container starts.</summary>
    public IReadOnlyCollection<string> Blocking { get; } = blocking;

    public bool Ready => Blocking.Count == 0;

    /// <summary>Whether some volume shows API data (configMap, secret, downwardAPI, projected) that is rewritten on a resync.</summary>
    public bool Refreshes { get; } = refreshes;
}
