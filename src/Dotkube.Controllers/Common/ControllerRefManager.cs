using System.Text.Json.Nodes;
using Dotkube.Api.Meta;
using Dotkube.Api.Selectors;
using Dotkube.Client.Rest;

namespace Dotkube.Controllers.Common;

/// <summary>
/// Decides which objects a controller owns and fixes their controller references (upstream's
/// BaseControllerRefManager and PodControllerRefManager): orphans that match the selector are
/// adopted, owned objects that no longer match are released, objects controlled by someone else
/// are ignored. Both are strategic-merge patches of metadata.ownerReferences that carry the
/// object's uid, so a patch never lands on a re-created object of the same name.
/// Use one instance per sync: the adoption check runs at most once per instance.
/// </summary>
/// <param name="controller">The owner; a deletionTimestamp on it stops adoptions and releases.</param>
/// <param name="canAdopt">Throws when adoption must not happen; called before the first adoption only
/// (see <see cref="RecheckDeletionTimestamp"/>).</param>
public sealed class ControllerRefManager<T>(KubeClient client, KubeObject controller, string apiVersion, string kind, Selector selector,
    Func<CancellationToken, Task> canAdopt)
    where T : KubeObject
{
    private Task? _canAdoptOnce;

    /// <summary>
    /// A canAdopt check that re-reads the owner uncached (<paramref name="getFresh"/>, which should
    /// also fail when the uid changed) and refuses when it is being deleted, as upstream's
    /// RecheckDeletionTimestamp: the cache may not show yet that the owner is going away, and
    /// adopting then would keep its pods alive after the garbage collector has looked.
    /// </summary>
    public static Func<CancellationToken, Task> RecheckDeletionTimestamp(Func<CancellationToken, Task<KubeObject>> getFresh) =>
        async ct =>
        {
            KubeObject fresh;
            try
            {
                fresh = await getFresh(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new InvalidOperationException($"can't recheck DeletionTimestamp: {e.Message}", e);
            }

            if (fresh.Metadata.DeletionTimestamp is { } deleted)
                throw new InvalidOperationException($"{fresh.Metadata.Namespace}/{fresh.Metadata.Name} has just been deleted at {deleted:O}");
        };

    /// <summary>
    /// <see cref="RecheckDeletionTimestamp"/> for an owner read by name through <paramref name="client"/>,
    /// failing also when the name now belongs to a re-created owner (another uid).
    /// </summary>
    public static Func<CancellationToken, Task> RecheckOwner<TOwner>(KubeClient client, TOwner owner, string kind)
        where TOwner : KubeObject =>
        RecheckDeletionTimestamp(async ct =>
        {
            var fresh = await client.GetAsync<TOwner>(owner.Metadata.Namespace, owner.Metadata.Name!, ct).ConfigureAwait(false);
            if (fresh.Metadata.Uid != owner.Metadata.Uid)
            {
                throw new InvalidOperationException(
                    $"original {kind} {owner.Metadata.Namespace}/{owner.Metadata.Name} is gone: got uid {fresh.Metadata.Uid}, wanted {owner.Metadata.Uid}");
            }

            return fresh;
        });

    /// <summary>
    /// The objects of <paramref name="candidates"/> the controller owns after adopting and
    /// releasing (an adopted one as the adoption patch returned it). <paramref name="filter"/> narrows what matches beyond the selector. Failed
    /// adoptions and releases are collected and thrown together after every object was tried
    /// (an object that vanished meanwhile is not a failure).
    /// </summary>
    public async Task<List<T>> ClaimAsync(IEnumerable<T> candidates, Func<T, bool>? filter, CancellationToken ct)
    {
        var claimed = new List<T>();
        var errors = new List<Exception>();
        foreach (var obj in candidates)
        {
            try
            {
                if (await ClaimOneAsync(obj, Matches, ct).ConfigureAwait(false) is { } owned)
                    claimed.Add(owned);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                errors.Add(e);
            }
        }

        if (errors.Count > 0)
            throw errors.Count == 1 ? errors[0] : new AggregateException(errors);
        return claimed;

        bool Matches(T obj) => selector.Matches(obj.Metadata.Labels) && (filter is null || filter(obj));
    }

    /// <summary>The object if the controller owns it after the claim (as adopted, if it was), else null.</summary>
    private async Task<T?> ClaimOneAsync(T obj, Func<T, bool> matches, CancellationToken ct)
    {
        var controllerRef = Owners.ControllerOf(obj);
        if (controllerRef is not null)
        {
            if (controllerRef.Uid != controller.Metadata.Uid)
                return null;
            // Owned and matching: claimed even while the owner is being deleted, as that takes no action.
            if (matches(obj))
                return obj;
            if (controller.Metadata.DeletionTimestamp is null)
                await ReleaseAsync(obj, ct).ConfigureAwait(false);
            return null;
        }

        if (controller.Metadata.DeletionTimestamp is not null || !matches(obj) || obj.Metadata.DeletionTimestamp is not null)
            return null;
        try
        {
            return await AdoptAsync(obj, ct).ConfigureAwait(false);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// Makes the controller the object's controller and returns the object as patched; the server
    /// rejects it if another controller reference exists.
    /// </summary>
    public async Task<T> AdoptAsync(T obj, CancellationToken ct)
    {
        _canAdoptOnce ??= CheckCanAdoptAsync(ct);
        try
        {
            await _canAdoptOnce.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"can't adopt {typeof(T).Name} {obj.Metadata.Namespace}/{obj.Metadata.Name} ({obj.Metadata.Uid}): {e.Message}", e);
        }

        var reference = new JsonObject
        {
            ["apiVersion"] = apiVersion,
            ["kind"] = kind,
            ["name"] = controller.Metadata.Name,
            ["uid"] = controller.Metadata.Uid,
            ["controller"] = true,
            ["blockOwnerDeletion"] = true,
        };
        return await PatchOwnerReferencesAsync(obj, reference, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Removes the controller's reference. NotFound (the object is gone) and Invalid (no such
    /// reference, or the object was re-created under another uid) count as released, as upstream.
    /// </summary>
    public async Task ReleaseAsync(T obj, CancellationToken ct)
    {
        var removal = new JsonObject { ["$patch"] = "delete", ["uid"] = controller.Metadata.Uid };
        try
        {
            await PatchOwnerReferencesAsync(obj, removal, ct).ConfigureAwait(false);
        }
        catch (ApiStatusException e) when (e.IsNotFound || e.IsInvalid)
        {
        }
    }

    private async Task CheckCanAdoptAsync(CancellationToken ct) => await canAdopt(ct).ConfigureAwait(false);

    private Task<T> PatchOwnerReferencesAsync(T obj, JsonObject reference, CancellationToken ct)
    {
        var patch = new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["ownerReferences"] = new JsonArray(reference),
                ["uid"] = obj.Metadata.Uid,
            },
        };
        return client.PatchAsync<T>(obj.Metadata.Namespace, obj.Metadata.Name!, PatchType.StrategicMerge, patch.ToJsonString(), ct: ct);
    }
}
