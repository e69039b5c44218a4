using Dotkube.Api.Core.V1;
using Dotkube.Api.Storage.V1;

namespace Dotkube.Api.Defaulting;

/// <summary>Defaults for storage.k8s.io/v1, as upstream pkg/apis/storage/v1/defaults.go (StorageClass is the only kind here).</summary>
internal static class StorageV1Defaults
{
    /// <summary>As upstream SetDefaults_StorageClass: reclaimPolicy Delete, volumeBindingMode Immediate.</summary>
    public static void SetDefaults_StorageClass(StorageClass storageClass)
    {
        storageClass.ReclaimPolicy ??= PersistentVolumeReclaimPolicy.Delete;
        storageClass.VolumeBindingMode ??= VolumeBindingMode.Immediate;
    }
}
