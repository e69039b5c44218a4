using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>The STORAGECLASS cells: the deprecated beta annotation wins over the field, as upstream's helpers.</summary>
internal static class StorageClassNames
{
    private const string BetaAnnotation = "volume.beta.kubernetes.io/storage-class";

    /// <summary>helper.GetPersistentVolumeClass.</summary>
    public static string Of(PersistentVolume volume) =>
        volume.Metadata.Annotations?.TryGetValue(BetaAnnotation, out var annotated) == true
            ? annotated
            : volume.Spec.StorageClassName ?? "";

    /// <summary>helper.GetPersistentVolumeClaimClass.</summary>
    public static string Of(PersistentVolumeClaim claim) =>
        claim.Metadata.Annotations?.TryGetValue(BetaAnnotation, out var annotated) == true
            ? annotated
            : claim.Spec.StorageClassName ?? "";
}
