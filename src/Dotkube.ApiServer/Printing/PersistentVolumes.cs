using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// printPersistentVolume: NAME CAPACITY ACCESS MODES RECLAIM POLICY STATUS CLAIM STORAGECLASS
/// VOLUMEATTRIBUTESCLASS REASON AGE, wide VOLUMEMODE.
/// </summary>
internal static class PersistentVolumes
{
    public static TablePrinter Printer { get; } = TablePrinter.For<PersistentVolume>(
        [
            Column.Name(),
            Column.String("Capacity", SwaggerDocs.PersistentVolumeSpecCapacity),
            Column.String("Access Modes", SwaggerDocs.PersistentVolumeSpecAccessModes),
            Column.String("Reclaim Policy", SwaggerDocs.PersistentVolumeSpecReclaimPolicy),
            Column.String("Status", SwaggerDocs.PersistentVolumeStatusPhase),
            Column.String("Claim", SwaggerDocs.PersistentVolumeSpecClaimRef),
            Column.String("StorageClass", "StorageClass of the pv"),
            Column.String("VolumeAttributesClass", "VolumeAttributesClass of the pv"),
            Column.String("Reason", SwaggerDocs.PersistentVolumeStatusReason),
            Column.Age(),
            Column.String("VolumeMode", SwaggerDocs.PersistentVolumeSpecVolumeMode, Column.Wide),
        ],
        (volume, row) =>
        {
            var claim = volume.Spec.ClaimRef is { } reference ? reference.Namespace + "/" + reference.Name : "";
            row.Add(volume.Metadata.Name)
                .Add(Format.Quantity(volume.Spec.Capacity, "storage"))
                .Add(Format.AccessModes(volume.Spec.AccessModes))
                .Add(volume.Spec.PersistentVolumeReclaimPolicy)
                .Add(volume.Metadata.DeletionTimestamp is null ? volume.Status.Phase : "Terminating")
                .Add(claim)
                .Add(StorageClassNames.Of(volume))
                .Add(volume.Spec.VolumeAttributesClassName ?? Format.Unset)
                .Add(volume.Status.Reason)
                .Age(volume.Metadata.CreationTimestamp)
                .Add(volume.Spec.VolumeMode ?? Format.Unset);
        });
}
