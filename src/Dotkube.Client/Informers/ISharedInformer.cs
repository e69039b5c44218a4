namespace Dotkube.Client.Informers;

/// <summary>What every <see cref="SharedInformer{T}"/> offers whatever its kind: run it, wait for it.</summary>
public interface ISharedInformer
{
    InformerScope Scope { get; }

    bool HasSynced { get; }

    string? LastSyncResourceVersion { get; }

    Task RunAsync(CancellationToken ct);

    Task<bool> WaitForSyncAsync(CancellationToken ct);
}
