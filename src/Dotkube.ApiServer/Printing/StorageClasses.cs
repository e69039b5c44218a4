using Dotkube.Api.Storage.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// printStorageClass: NAME PROVISIONER RECLAIMPOLICY VOLUMEBINDINGMODE ALLOWVOLUMEEXPANSION
/// AGE, the default class marked "(default)".
/// </summary>
internal static class StorageClasses
{
    private const string BetaDefaultAnnotation = "storageclass.beta.kubernetes.io/is-default-class";

    public static TablePrinter Printer { get; } = TablePrinter.For<StorageClass>(
        [
            Column.Name(),
            Column.String("Provisioner", SwaggerDocs.StorageClassProvisioner),
            Column.String("ReclaimPolicy", SwaggerDocs.StorageClassReclaimPolicy),
            Column.String("VolumeBindingMode", SwaggerDocs.StorageClassVolumeBindingMode),
            Column.String("AllowVolumeExpansion", SwaggerDocs.StorageClassAllowVolumeExpansion),
            Column.Age(),
        ],
        (storageClass, row) => row
            .Add(IsDefault(storageClass) ? storageClass.Metadata.Name + " (default)" : storageClass.Metadata.Name)
            .Add(storageClass.Provisioner)
            .Add(storageClass.ReclaimPolicy ?? "Delete")
            .Add(storageClass.VolumeBindingMode ?? "Immediate")
            .Add(storageClass.AllowVolumeExpansion ?? false)
            .Age(storageClass.Metadata.CreationTimestamp));

    /// <summary>storageutil.IsDefaultAnnotation: either annotation set to exactly "true".</summary>
    private static bool IsDefault(StorageClass storageClass) =>
        storageClass.Metadata.Annotations is { } annotations
        && (annotations.GetValueOrDefault(StorageClass.IsDefaultClassAnnotation) == "true"
            || annotations.GetValueOrDefault(BetaDefaultAnnotation) == "true");
}
