using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// printPersistentVolumeClaim: NAME STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS
/// VOLUMEATTRIBUTESCLASS AGE, wide VOLUMEMODE.
/// </summary>
internal static class PersistentVolumeClaims
{
    public static TablePrinter Printer { get; } = TablePrinter.For<PersistentVolumeClaim>(
        [
            Column.Name(),
            Column.String("Status", SwaggerDocs.PersistentVolumeClaimStatusPhase),
            Column.String("Volume", SwaggerDocs.PersistentVolumeClaimSpecVolumeName),
            Column.String("Capacity", SwaggerDocs.PersistentVolumeClaimStatusCapacity),
            Column.String("Access Modes", SwaggerDocs.PersistentVolumeClaimStatusAccessModes),
            Column.String("StorageClass", "StorageClass of the pvc"),
            Column.String("VolumeAttributesClass", "VolumeAttributesClass of the pvc"),
            Column.Age(),
            Column.String("VolumeMode", SwaggerDocs.PersistentVolumeClaimSpecVolumeMode, Column.Wide),
        ],
        (claim, row) =>
        {
            // Capacity and access modes are the bound volume's: blank until bound.
            var bound = !string.IsNullOrEmpty(claim.Spec.VolumeName);
            row.Add(claim.Metadata.Name)
                .Add(claim.Metadata.DeletionTimestamp is null ? claim.Status.Phase : "Terminating")
                .Add(claim.Spec.VolumeName)
                .Add(bound ? Format.Quantity(claim.Status.Capacity, "storage") : "")
                .Add(bound ? Format.AccessModes(claim.Status.AccessModes) : "")
                .Add(StorageClassNames.Of(claim))
                .Add(claim.Spec.VolumeAttributesClassName ?? Format.Unset)
                .Age(claim.Metadata.CreationTimestamp)
                .Add(claim.Spec.VolumeMode ?? Format.Unset);
        });
}
