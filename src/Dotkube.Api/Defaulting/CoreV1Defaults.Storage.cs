using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Defaulting;

internal static partial class CoreV1Defaults
{
    /// <summary>As upstream SetObjectDefaults_PersistentVolume.</summary>
    public static void SetObjectDefaults_PersistentVolume(PersistentVolume volume)
    {
        SetDefaults_PersistentVolume(volume);
        var spec = volume.Spec;
        SetDefaults_ResourceList(spec.Capacity);
        if (spec.HostPath is { } hostPath)
        {
            SetDefaults_HostPathVolumeSource(hostPath);
        }

        if (spec.Rbd is { } rbd)
        {
            SetDefaults_RBDPersistentVolumeSource(rbd);
        }

        if (spec.Iscsi is { } iscsi)
        {
            SetDefaults_ISCSIPersistentVolumeSource(iscsi);
        }

        if (spec.AzureDisk is { } azureDisk)
        {
            SetDefaults_AzureDiskVolumeSource(azureDisk);
        }

        if (spec.ScaleIO is { } scaleIo)
        {
            SetDefaults_ScaleIOPersistentVolumeSource(scaleIo);
        }
    }

    /// <summary>
    /// As upstream SetObjectDefaults_PersistentVolumeClaim; StatefulSet volumeClaimTemplates get
    /// the same, so a template carries status.phase Pending as upstream's does.
    /// </summary>
    public static void SetObjectDefaults_PersistentVolumeClaim(PersistentVolumeClaim claim)
    {
        SetDefaults_PersistentVolumeClaim(claim);
        SetPersistentVolumeClaimSpecDefaults(claim.Spec);
        SetDefaults_ResourceList(claim.Status.Capacity);
        SetDefaults_ResourceList(claim.Status.AllocatedResources);
    }

    /// <summary>As upstream SetDefaults_PersistentVolume.</summary>
    public static void SetDefaults_PersistentVolume(PersistentVolume volume)
    {
        volume.Status.Phase = Or(volume.Status.Phase, PersistentVolumePhase.Pending);
        volume.Spec.PersistentVolumeReclaimPolicy = Or(volume.Spec.PersistentVolumeReclaimPolicy, PersistentVolumeReclaimPolicy.Retain);
        volume.Spec.VolumeMode ??= PersistentVolumeMode.Filesystem;
    }

    /// <summary>As upstream SetDefaults_PersistentVolumeClaim.</summary>
    public static void SetDefaults_PersistentVolumeClaim(PersistentVolumeClaim claim) =>
        claim.Status.Phase = Or(claim.Status.Phase, PersistentVolumeClaimPhase.Pending);

    /// <summary>As upstream SetDefaults_PersistentVolumeClaimSpec (claims, claim templates, ephemeral volumes).</summary>
    public static void SetDefaults_PersistentVolumeClaimSpec(PersistentVolumeClaimSpec spec) =>
        spec.VolumeMode ??= PersistentVolumeMode.Filesystem;

    public static void SetDefaults_ISCSIPersistentVolumeSource(ISCSIPersistentVolumeSource source) =>
        source.IscsiInterface = Or(source.IscsiInterface, "default");

    public static void SetDefaults_RBDPersistentVolumeSource(RBDPersistentVolumeSource source)
    {
        source.Pool = Or(source.Pool, "rbd");
        source.User = Or(source.User, "admin");
        source.Keyring = Or(source.Keyring, "/etc/ceph/keyring");
    }

    public static void SetDefaults_ScaleIOPersistentVolumeSource(ScaleIOPersistentVolumeSource source)
    {
        source.StorageMode = Or(source.StorageMode, "ThinProvisioned");
        source.FsType = Or(source.FsType, "xfs");
    }

    private static void SetPersistentVolumeClaimSpecDefaults(PersistentVolumeClaimSpec spec)
    {
        SetDefaults_PersistentVolumeClaimSpec(spec);
        SetDefaults_ResourceList(spec.Resources.Limits);
        SetDefaults_ResourceList(spec.Resources.Requests);
    }
}
