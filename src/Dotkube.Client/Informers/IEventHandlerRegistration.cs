namespace Dotkube.Client.Informers;

/// <summary>
/// A handler added to a <see cref="SharedInformer{T}"/> (client-go's ResourceEventHandlerRegistration).
/// Disposing it removes the handler: it gets no notification it has not started handling.
/// </summary>
public interface IEventHandlerRegistration : IDisposable
{
    /// <summary>
    /// True once this handler has been called for every object of the informer's initial list
    /// (or, for a handler added later, for every object cached when it was added). A controller
    /// waits for this before trusting that its queue has seen the whole cache.
    /// </summary>
    bool HasSynced { get; }
}
