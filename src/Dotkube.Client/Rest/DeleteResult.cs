using Dotkube.Api.Meta;

namespace Dotkube.Client.Rest;

/// <summary>
/// What a DELETE answered: the object itself (still present with a deletionTimestamp while
/// finalizers or graceful termination run, or as it was when removed), or a Success Status,
/// which upstream returns for kinds that do not echo the deleted object.
/// </summary>
public sealed record DeleteResult<T>(T? Object, Status? Status)
    where T : KubeObject
{
    /// <summary>True when the server answered 202: the object remains until finalizers or its grace period finish.</summary>
    public bool Pending { get; init; }
}
