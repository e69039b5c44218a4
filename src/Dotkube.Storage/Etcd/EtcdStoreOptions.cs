namespace Dotkube.Storage.Etcd;

/// <summary>Where the etcd driver connects and which part of etcd's keyspace it owns.</summary>
public sealed class EtcdStoreOptions
{
    /// <summary>
    /// Client URLs of etcd members (<c>http://127.0.0.1:2379</c>, or <c>unix:///path</c>), tried
    /// in order until one answers. No default: there is no sensible etcd to guess.
    /// </summary>
    public IReadOnlyList<string> Endpoints { get; init; } = [];

    /// <summary>
    /// Prepended to every key in etcd and stripped from every key read back, so several clusters
    /// can share one etcd. Defaults to empty, as kube-apiserver's <c>--etcd-prefix</c> keeps its
    /// <c>/registry</c> keys as they are.
    /// </summary>
    public string KeyPrefix { get; init; } = "";

    /// <summary>How long connecting to one endpoint may take before the next is tried. Defaults to 5 s, as etcd clientv3's dial timeout in kube-apiserver.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    internal void Validate()
    {
        if (Endpoints.Count == 0)
        {
            throw new ArgumentException("at least one etcd endpoint is required", nameof(Endpoints));
        }
    }
}
