using Dotkube.Api.Meta;

namespace Dotkube.Controllers.Common;

/// <summary>Controller ownerReferences (upstream's metav1.GetControllerOf and NewControllerRef).</summary>
public static class Owners
{
    /// <summary>The owner reference marked controller=true, if any.</summary>
    public static OwnerReference? ControllerOf(KubeObject obj) =>
        obj.Metadata.OwnerReferences?.FirstOrDefault(r => r.Controller == true);

    /// <summary>A reference making <paramref name="owner"/> the controller, blocking its foreground deletion, as upstream's controllers write it.</summary>
    public static OwnerReference ControllerRef(KubeObject owner, string apiVersion, string kind) => new()
    {
        ApiVersion = apiVersion,
        Kind = kind,
        Name = owner.Metadata.Name!,
        Uid = owner.Metadata.Uid!,
        Controller = true,
        BlockOwnerDeletion = true,
    };

    public static bool IsControlledBy(KubeObject obj, KubeObject owner) => ControllerOf(obj)?.Uid == owner.Metadata.Uid;

    /// <summary>Both absent, or equal in every field (upstream's reflect.DeepEqual of two controller references).</summary>
    public static bool SameReference(OwnerReference? a, OwnerReference? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.ApiVersion == b.ApiVersion && a.Kind == b.Kind && a.Name == b.Name && a.Uid == b.Uid
              && a.Controller == b.Controller && a.BlockOwnerDeletion == b.BlockOwnerDeletion;
}
