using Dotkube.Storage.Crasher;

namespace Dotkube.Storage.Tests.Durability;

/// <summary>Every write acknowledged so far, across all killed runs: what the store owes the test.</summary>
public sealed class AcknowledgedWrites
{
    private readonly Dictionary<string, Acknowledgement> _latest = new(StringComparer.Ordinal);

    /// <summary>The highest-revision acknowledgement per key.</summary>
    public IReadOnlyDictionary<string, Acknowledgement> Latest => _latest;

    public long MaxRevision { get; private set; }

    public long Count { get; private set; }

    public void Add(Acknowledgement acknowledgement)
    {
        Count++;
        MaxRevision = Math.Max(MaxRevision, acknowledgement.Revision);
        if (!_latest.TryGetValue(acknowledgement.Key, out var known) || known.Revision < acknowledgement.Revision)
        {
            _latest[acknowledgement.Key] = acknowledgement;
        }
    }
}
