namespace Dotkube.Controllers.GarbageCollector;

public enum GraphEventKind
{
    /// <summary>An informer saw the object (add or update).</summary>
    Observed,

    /// <summary>An informer saw the object deleted.</summary>
    Deleted,

    /// <summary>
    /// A live read found an owner known only from references absent (upstream's virtual delete
    /// event): its node goes and its dependents are looked at again.
    /// </summary>
    VirtualDeleted,
}
