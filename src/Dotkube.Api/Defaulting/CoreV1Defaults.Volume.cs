using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Defaulting;

internal static partial class CoreV1Defaults
{
    private const int DefaultFileMode = 420; // 0644, as upstream *VolumeSourceDefaultMode
    private const long DefaultTokenExpirationSeconds = 3600;

    /// <summary>
    /// As upstream SetDefaults_Volume: a volume naming no source is an emptyDir. The ImageVolume
    /// pullPolicy default is behind an alpha (off) gate in v1.32, so it is not applied.
    /// </summary>
    public static void SetDefaults_Volume(Volume v)
    {
        if (v.HostPath is null && v.EmptyDir is null && v.GcePersistentDisk is null && v.AwsElasticBlockStore is null
            && v.GitRepo is null && v.Secret is null && v.Nfs is null && v.Iscsi is null && v.Glusterfs is null
            && v.PersistentVolumeClaim is null && v.Rbd is null && v.FlexVolume is null && v.Cinder is null
            && v.Cephfs is null && v.Flocker is null && v.DownwardAPI is null && v.Fc is null && v.AzureFile is null
            && v.ConfigMap is null && v.VsphereVolume is null && v.Quobyte is null && v.AzureDisk is null
            && v.PhotonPersistentDisk is null && v.Projected is null && v.PortworxVolume is null && v.ScaleIO is null
            && v.Storageos is null && v.Csi is null && v.Ephemeral is null && v.Image is null)
        {
            v.EmptyDir = new EmptyDirVolumeSource();
        }
    }

    /// <summary>As upstream SetDefaults_HostPathVolumeSource: type "" (HostPathUnset) is written explicitly.</summary>
    public static void SetDefaults_HostPathVolumeSource(HostPathVolumeSource source) => source.Type ??= HostPathType.Unset;

    public static void SetDefaults_SecretVolumeSource(SecretVolumeSource source) => source.DefaultMode ??= DefaultFileMode;

    public static void SetDefaults_ConfigMapVolumeSource(ConfigMapVolumeSource source) => source.DefaultMode ??= DefaultFileMode;

    public static void SetDefaults_DownwardAPIVolumeSource(DownwardAPIVolumeSource source) => source.DefaultMode ??= DefaultFileMode;

    public static void SetDefaults_ProjectedVolumeSource(ProjectedVolumeSource source) => source.DefaultMode ??= DefaultFileMode;

    public static void SetDefaults_ServiceAccountTokenProjection(ServiceAccountTokenProjection projection) =>
        projection.ExpirationSeconds ??= DefaultTokenExpirationSeconds;

    /// <summary>Declarative upstream: ISCSIVolumeSource.iscsiInterface is +default="default".</summary>
    public static void SetDefaults_ISCSIVolumeSource(ISCSIVolumeSource source) =>
        source.IscsiInterface = Or(source.IscsiInterface, "default");

    /// <summary>Declarative upstream: RBD pool "rbd", user "admin", keyring "/etc/ceph/keyring".</summary>
    public static void SetDefaults_RBDVolumeSource(RBDVolumeSource source)
    {
        source.Pool = Or(source.Pool, "rbd");
        source.User = Or(source.User, "admin");
        source.Keyring = Or(source.Keyring, "/etc/ceph/keyring");
    }

    /// <summary>Declarative upstream: cachingMode ReadWrite, fsType ext4, readOnly false, kind Shared.</summary>
    public static void SetDefaults_AzureDiskVolumeSource(AzureDiskVolumeSource source)
    {
        source.CachingMode ??= "ReadWrite";
        source.FsType ??= "ext4";
        source.ReadOnly ??= false;
        source.Kind ??= "Shared";
    }

    /// <summary>Declarative upstream: ScaleIO storageMode ThinProvisioned, fsType xfs.</summary>
    public static void SetDefaults_ScaleIOVolumeSource(ScaleIOVolumeSource source)
    {
        source.StorageMode = Or(source.StorageMode, "ThinProvisioned");
        source.FsType = Or(source.FsType, "xfs");
    }

    /// <summary>SetDefaults_Volume and then its source's defaulters, in the generated order.</summary>
    private static void SetVolumeDefaults(Volume volume)
    {
        SetDefaults_Volume(volume);
        if (volume.HostPath is { } hostPath)
        {
            SetDefaults_HostPathVolumeSource(hostPath);
        }

        if (volume.Secret is { } secret)
        {
            SetDefaults_SecretVolumeSource(secret);
        }

        if (volume.Iscsi is { } iscsi)
        {
            SetDefaults_ISCSIVolumeSource(iscsi);
        }

        if (volume.Rbd is { } rbd)
        {
            SetDefaults_RBDVolumeSource(rbd);
        }

        if (volume.DownwardAPI is { } downwardApi)
        {
            SetDefaults_DownwardAPIVolumeSource(downwardApi);
            SetDownwardApiFileDefaults(downwardApi.Items);
        }

        if (volume.ConfigMap is { } configMap)
        {
            SetDefaults_ConfigMapVolumeSource(configMap);
        }

        if (volume.AzureDisk is { } azureDisk)
        {
            SetDefaults_AzureDiskVolumeSource(azureDisk);
        }

        if (volume.Projected is { } projected)
        {
            SetProjectedDefaults(projected);
        }

        if (volume.ScaleIO is { } scaleIo)
        {
            SetDefaults_ScaleIOVolumeSource(scaleIo);
        }

        if (volume.Ephemeral?.VolumeClaimTemplate is { } claimTemplate)
        {
            SetPersistentVolumeClaimSpecDefaults(claimTemplate.Spec);
        }
    }

    private static void SetProjectedDefaults(ProjectedVolumeSource projected)
    {
        SetDefaults_ProjectedVolumeSource(projected);
        foreach (var source in projected.Sources)
        {
            SetDownwardApiFileDefaults(source.DownwardAPI?.Items);
            if (source.ServiceAccountToken is { } token)
            {
                SetDefaults_ServiceAccountTokenProjection(token);
            }
        }
    }

    private static void SetDownwardApiFileDefaults(List<DownwardAPIVolumeFile>? items)
    {
        foreach (var item in items ?? [])
        {
            if (item.FieldRef is { } fieldRef)
            {
                SetDefaults_ObjectFieldSelector(fieldRef);
            }
        }
    }
}
