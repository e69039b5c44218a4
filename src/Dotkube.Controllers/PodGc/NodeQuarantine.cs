namespace Dotkube.Controllers.PodGc;

/// <summary>
/// Missing nodes waiting out the quarantine before their pods count as orphaned (upstream's
/// delaying nodeQueue): a node is due once the quarantine has passed since it was first seen
/// missing, and leaves the quarantine when it is handed out.
/// </summary>
public sealed class NodeQuarantine(TimeSpan quarantine)
{
    private readonly Dictionary<string, DateTimeOffset> _since = [];

    public int Count => _since.Count;

    /// <summary>Starts the quarantine of each node not already in it.</summary>
    public void Observe(IEnumerable<string> missing, DateTimeOffset now)
    {
        foreach (var node in missing)
            _since.TryAdd(node, now);
    }

    /// <summary>The nodes whose quarantine is over; they leave it (seen missing again, they start anew).</summary>
    public List<string> TakeDue(DateTimeOffset now)
    {
        var due = _since.Where(n => now - n.Value >= quarantine).Select(n => n.Key).Order(StringComparer.Ordinal).ToList();
        foreach (var node in due)
            _since.Remove(node);
        return due;
    }
}
