using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;
using Dotkube.Client.Rest;
using Dotkube.Kubelet.Linux;
using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Volumes;

/// <summary>
/// A node's pod volumes, as upstream's volume manager and its in-tree plugins: each pod volume
/// lives under &lt;kubelet root&gt;/pods/&lt;uid&gt;/volumes/&lt;plugin&gt;/&lt;name&gt; (hostPath and
/// persistent volumes stay where they are on the host). emptyDir is a directory, or a tmpfs for
/// medium Memory; secret and projected volumes are tmpfs too, so secrets never touch the disk;
/// configMap, secret, downwardAPI and projected files are written with <see cref="AtomicWriter"/>
/// on every setup, so a sync after the object changed updates them in place; projected
/// service-account tokens come from <see cref="ServiceAccountTokens"/>. A pod that goes
/// has its tmpfs unmounted and its directory removed.
/// </summary>
public sealed partial class VolumeManager(KubeClient client, string kubeletRoot, IReadOnlyDictionary<string, Quantity> allocatable,
    TimeProvider time, ILogger logger)
{
    private readonly ServiceAccountTokens _tokens = new(client, time);

    public string KubeletRoot { get; } = kubeletRoot;

    public string PodDirectory(string uid) => Path.Combine(KubeletRoot, "pods", uid);

    public string VolumeDirectory(string uid, string plugin, string volume) => Path.Combine(PodDirectory(uid), "volumes", plugin, volume);

    /// <summary>Sets up (or refreshes) every volume of <paramref name="pod"/>; failures are reported in the result, never thrown.</summary>
    public async Task<PodVolumes> SetUpAsync(Pod pod, PodObjects objects, CancellationToken ct)
    {
        var mounted = new Dictionary<string, MountedVolume>(StringComparer.Ordinal);
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var blocking = new List<string>();
        var refreshes = false;
        foreach (var volume in pod.Spec.Volumes ?? [])
        {
            refreshes |= volume.ConfigMap is not null || volume.Secret is not null || volume.DownwardAPI is not null || volume.Projected is not null;
            try
            {
                mounted[volume.Name] = await SetUpAsync(pod, volume, objects, ct);
            }
            catch (Exception e) when (e is VolumeSetupException or IOException or UnauthorizedAccessException)
            {
                failures[volume.Name] = e.Message;
                LogSetUpFailed(logger, pod.Metadata.Namespace ?? "", pod.Metadata.Name ?? "", volume.Name, e.Message);
                if (PreviousSetUp(pod, volume) is { } previous)
                    mounted[volume.Name] = previous;
                else
                    blocking.Add(volume.Name);
            }
        }

        return new PodVolumes(mounted, failures, blocking, refreshes);
    }

    /// <summary>
    /// Unmounts the tmpfs volumes of pod <paramref name="uid"/> and removes its volumes directory,
    /// or with <paramref name="removePodDirectory"/> its whole pod directory. Returns false (and
    /// removes nothing) while something under it is still mounted.
    /// </summary>
    public bool TearDown(string uid, bool removePodDirectory)
    {
        var directory = removePodDirectory ? PodDirectory(uid) : Path.Combine(PodDirectory(uid), "volumes");
        if (removePodDirectory)
            _tokens.Forget(uid);
        if (!Directory.Exists(directory))
            return true;
        Mounts.UnmountUnder(directory);
        if (Mounts.Under(directory).Count > 0)
        {
            LogStillMounted(logger, uid, directory);
            return false;
        }

        Directory.Delete(directory, recursive: true);
        LogTornDown(logger, uid, directory);
        return true;
    }

    /// <summary>Tears down the directories of pods not in <paramref name="known"/> (deleted while the agent was away).</summary>
    public void TearDownOrphans(IReadOnlySet<string> known)
    {
        var pods = Path.Combine(KubeletRoot, "pods");
        if (!Directory.Exists(pods))
            return;
        foreach (var directory in Directory.GetDirectories(pods))
        {
            var uid = Path.GetFileName(directory);
            if (!known.Contains(uid))
                TearDown(uid, removePodDirectory: true);
        }
    }

    private async Task<MountedVolume> SetUpAsync(Pod pod, Volume volume, PodObjects objects, CancellationToken ct)
    {
        var uid = pod.Metadata.Uid ?? "";
        switch (volume)
        {
            case { HostPath: { } hostPath }:
                HostPathChecks.Check(hostPath.Path, hostPath.Type);
                return new MountedVolume(hostPath.Path, ReadOnly: false);
            case { EmptyDir: { } emptyDir }:
                return new MountedVolume(EmptyDir(pod, volume.Name, emptyDir), ReadOnly: false);
            case { ConfigMap: { } c }:
                return Write(pod, VolumePlugins.ConfigMap, volume.Name, memory: false,
                    VolumePayloads.ConfigMap(objects.ConfigMap(c.Name), c.Name ?? "", c.Items, c.DefaultMode ?? ConfigMapVolumeSource.DefaultModeValue, c.Optional == true));
            case { Secret: { } s }:
                return Write(pod, VolumePlugins.Secret, volume.Name, memory: true,
                    VolumePayloads.Secret(objects.Secret(s.SecretName), s.SecretName ?? "", s.Items, s.DefaultMode ?? SecretVolumeSource.DefaultModeValue, s.Optional == true));
            case { DownwardAPI: { } d }:
                return Write(pod, VolumePlugins.DownwardApi, volume.Name, memory: false,
                    VolumePayloads.DownwardApi(pod, d.Items, d.DefaultMode ?? DownwardAPIVolumeSource.DefaultModeValue, allocatable));
            case { Projected: { } p }:
                var tokens = await ServiceAccountTokensAsync(pod, p, ct);
                return Write(pod, VolumePlugins.Projected, volume.Name, memory: true,
                    VolumePayloads.Projected(pod, p, objects, allocatable, token => tokens[token]));
            case { PersistentVolumeClaim: { } claim }:
                return await ClaimAsync(pod, claim, ct);
            default:
                throw new VolumeSetupException($"no volume plugin matched volume \"{volume.Name}\" of pod {uid}");
        }
    }

    private string EmptyDir(Pod pod, string name, EmptyDirVolumeSource source)
    {
        if (source.Medium is { Length: > 0 } medium && medium != StorageMedium.Memory)
            throw new VolumeSetupException($"emptyDir medium {medium} is not supported on this node");
        var directory = VolumeDirectory(pod.Metadata.Uid ?? "", VolumePlugins.EmptyDir, name);
        if (!Directory.Exists(directory))
        {
            UnixModes.CreateDirectory(directory, UnixModes.EmptyDir);
        }

        if (source.Medium == StorageMedium.Memory)
            Tmpfs.Ensure(directory, MemoryVolumeSize(pod, source.SizeLimit));
        return directory;
    }

    private MountedVolume Write(Pod pod, string plugin, string name, bool memory, Dictionary<string, FileProjection> payload)
    {
        var directory = VolumeDirectory(pod.Metadata.Uid ?? "", plugin, name);
        Directory.CreateDirectory(directory);
        if (memory)
            Tmpfs.Ensure(directory, MemoryVolumeSize(pod, null));
        if (new AtomicWriter(directory).Write(payload, time.GetUtcNow()))
            LogWritten(logger, pod.Metadata.Namespace ?? "", pod.Metadata.Name ?? "", name, payload.Count);
        return new MountedVolume(directory, ReadOnly: true);
    }

    /// <summary>What a volume that failed this time had from an earlier setup, if anything.</summary>
    private MountedVolume? PreviousSetUp(Pod pod, Volume volume)
    {
        var uid = pod.Metadata.Uid ?? "";
        var (plugin, readOnly) = volume switch
        {
            { ConfigMap: not null } => (VolumePlugins.ConfigMap, true),
            { Secret: not null } => (VolumePlugins.Secret, true),
            { DownwardAPI: not null } => (VolumePlugins.DownwardApi, true),
            { Projected: not null } => (VolumePlugins.Projected, true),
            _ => ((string?)null, false),
        };
        if (plugin is null)
            return null;
        var directory = VolumeDirectory(uid, plugin, volume.Name);
        return new AtomicWriter(directory).HasData ? new MountedVolume(directory, readOnly) : null;
    }

    /// <summary>
    /// Upstream (SizeMemoryBackedVolumes): the node's allocatable memory, lowered to the pod's memory
    /// limit when every container declares one, lowered to the volume's sizeLimit when set.
    /// </summary>
    internal long MemoryVolumeSize(Pod pod, Quantity? sizeLimit)
    {
        var size = allocatable.GetValueOrDefault("memory")?.Value() ?? 0;
        var podLimit = PodMemoryLimit(pod);
        if (podLimit > 0 && (size == 0 || podLimit <= size))
            size = podLimit;
        if (sizeLimit?.Value() is > 0 and var limit && (size == 0 || limit <= size))
            size = limit;
        return size;
    }

    private static long PodMemoryLimit(Pod pod)
    {
        var all = pod.Spec.Containers.Concat(pod.Spec.InitContainers ?? []).ToList();
        if (all.Any(c => c.Resources.Limits?.GetValueOrDefault("memory") is null))
            return 0;
        var apps = pod.Spec.Containers.Sum(c => c.Resources.Limits!["memory"].Value());
        var init = (pod.Spec.InitContainers ?? []).Select(c => c.Resources.Limits!["memory"].Value()).DefaultIfEmpty(0).Max();
        return Math.Max(apps, init);
    }

    /// <summary>
    /// The tokens of a projected volume's serviceAccountToken sources, bound to the pod, from the
    /// token manager (which asks the API server only when a cached token is due for refresh).
    /// </summary>
    private async Task<Dictionary<ServiceAccountTokenProjection, string>> ServiceAccountTokensAsync(Pod pod, ProjectedVolumeSource source,
        CancellationToken ct)
    {
        var tokens = new Dictionary<ServiceAccountTokenProjection, string>(ReferenceEqualityComparer.Instance);
        foreach (var projection in source.Sources)
        {
            if (projection.ServiceAccountToken is { } token)
                tokens[token] = await _tokens.GetAsync(pod, token, ct);
        }

        return tokens;
    }
}
