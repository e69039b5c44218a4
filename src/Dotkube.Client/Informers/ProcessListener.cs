using System.Threading.Channels;
using Dotkube.Api.Meta;

namespace Dotkube.Client.Informers;

/// <summary>
/// One handler's private, unbounded queue of notifications and the single task that calls the
/// handler from it (client-go's processorListener): calls to one handler are sequential and in
/// order, and a slow handler delays only itself, never the watch or other handlers.
/// </summary>
internal sealed class ProcessListener<T> : IEventHandlerRegistration
    where T : KubeObject
{
    private readonly Channel<Notification<T>> _pending =
        Channel.CreateUnbounded<Notification<T>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SharedInformer<T> _informer;
    private readonly Action<T, bool>? _onAdd;
    private readonly Action<T, T>? _onUpdate;
    private readonly Action<T>? _onDelete;
    private volatile bool _synced;
    private volatile bool _stopped;

    public ProcessListener(SharedInformer<T> informer, Action<T, bool>? onAdd, Action<T, T>? onUpdate, Action<T>? onDelete)
    {
        _informer = informer;
        _onAdd = onAdd;
        _onUpdate = onUpdate;
        _onDelete = onDelete;
    }

    public bool HasSynced => _synced;

    public Task Completion { get; private set; } = Task.CompletedTask;

    public void Start() => Completion = Task.Run(RunAsync);

    /// <summary>Called under the informer's gate, so every listener sees one order of events.</summary>
    public void Enqueue(Notification<T> notification) => _pending.Writer.TryWrite(notification);

    /// <summary>Stops after the call in progress, dropping queued notifications as client-go's listener does on stop.</summary>
    public void Stop()
    {
        _stopped = true;
        _pending.Writer.TryComplete();
    }

    public void Dispose() => _informer.RemoveListener(this);

    private async Task RunAsync()
    {
        await foreach (var n in _pending.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (_stopped)
                return;
            try
            {
                switch (n.Kind)
                {
                    case NotificationKind.Add:
                        _onAdd?.Invoke(n.New!, n.IsInInitialList);
                        break;
                    case NotificationKind.Update:
                        _onUpdate?.Invoke(n.Old!, n.New!);
                        break;
                    case NotificationKind.Delete:
                        _onDelete?.Invoke(n.Old!);
                        break;
                    case NotificationKind.Synced:
                        _synced = true;
                        break;
                }
            }
#pragma warning disable CA1031 // A failing handler must not stop the notifications of later events.
            catch (Exception e)
#pragma warning restore CA1031
            {
                _informer.HandlerFailed(e);
            }
        }
    }
}
