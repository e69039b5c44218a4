using Dotkube.Api.Discovery.V1;
using Slice = Dotkube.Api.Discovery.V1.EndpointSlice;

namespace Dotkube.Controllers.EndpointSlices;

/// <summary>
/// Remembers the generation of every slice this controller wrote and the slices it deleted
/// (upstream's EndpointSliceTracker), so that it can tell its own writes from other writers'
/// (only the latter need a sync) and a cache that has not caught up with its writes yet (a sync
/// then would create duplicates or undo its own changes).
/// </summary>
public sealed class EndpointSliceTracker
{
    private const long DeletionExpected = -1;

    private readonly Lock _lock = new();
    // Service key -> slice UID -> generation written (or DeletionExpected).
    private readonly Dictionary<string, Dictionary<string, long>> _byService = [];

    public void Written(Slice slice) => Set(slice, slice.Metadata.Generation ?? 0);

    public void Deleted(Slice slice) => Set(slice, DeletionExpected);

    /// <summary>
    /// True when the cache trails our writes: a slice older than we wrote it, one we deleted still
    /// there, or one we wrote missing.
    /// </summary>
    public bool IsStale(string serviceKey, IReadOnlyList<Slice> cached)
    {
        lock (_lock)
        {
            if (!_byService.TryGetValue(serviceKey, out var written))
                return false;
            var seen = new HashSet<string>();
            foreach (var slice in cached)
            {
                seen.Add(slice.Metadata.Uid!);
                if (written.TryGetValue(slice.Metadata.Uid!, out var generation) &&
                    (generation == DeletionExpected || generation > (slice.Metadata.Generation ?? 0)))
                    return true;
            }

            return written.Any(w => w.Value != DeletionExpected && !seen.Contains(w.Key));
        }
    }

    /// <summary>True when the slice changed since we wrote it (or we never did): someone else wrote it.</summary>
    public bool ShouldSync(Slice slice)
    {
        lock (_lock)
        {
            return !_byService.TryGetValue(ServiceKey(slice), out var written) ||
                !written.TryGetValue(slice.Metadata.Uid!, out var generation) ||
                (slice.Metadata.Generation ?? 0) > generation;
        }
    }

    /// <summary>Forgets a deleted slice; true when we did not expect the deletion (someone else deleted it).</summary>
    public bool HandleDeletion(Slice slice)
    {
        lock (_lock)
        {
            if (_byService.TryGetValue(ServiceKey(slice), out var written) && written.Remove(slice.Metadata.Uid!, out var generation))
                return generation != DeletionExpected;
            return true;
        }
    }

    public void ForgetService(string serviceKey)
    {
        lock (_lock)
            _byService.Remove(serviceKey);
    }

    public static string ServiceKey(Slice slice) =>
        slice.Metadata.Namespace + "/" + slice.Metadata.Labels?.GetValueOrDefault(EndpointSliceLabels.ServiceName);

    private void Set(Slice slice, long generation)
    {
        lock (_lock)
        {
            var key = ServiceKey(slice);
            if (!_byService.TryGetValue(key, out var written))
                _byService[key] = written = [];
            written[slice.Metadata.Uid!] = generation;
        }
    }
}
