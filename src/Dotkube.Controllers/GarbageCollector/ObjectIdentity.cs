namespace Dotkube.Controllers.GarbageCollector;

/// <summary>
/// Who an object in the dependency graph is (upstream's objectReference): the owner reference
/// fields plus the namespace. An owner known only from a reference gets its dependent's
/// namespace, since owners are in the dependent's namespace or cluster-scoped.
/// </summary>
public sealed record ObjectIdentity(string ApiVersion, string Kind, string? Namespace, string Name, string Uid)
{
    public override string ToString() =>
        $"[{ApiVersion}/{Kind}, namespace: {Namespace ?? ""}, name: {Name}, uid: {Uid}]";
}
