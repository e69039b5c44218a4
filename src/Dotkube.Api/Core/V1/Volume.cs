namespace Dotkube.Api.Core.V1;

/// <summary>
/// core/v1 Volume. Upstream embeds VolumeSource inline, so the source sits next to name in
/// JSON; it is flattened here for the same shape. Exactly one source may be set; none means
/// emptyDir (deprecated implied default).
/// </summary>
public sealed class Volume
{
    public string Name { get; set; } = "";

    public HostPathVolumeSource? HostPath { get; set; }

    public EmptyDirVolumeSource? EmptyDir { get; set; }

    public GCEPersistentDiskVolumeSource? GcePersistentDisk { get; set; }

    public AWSElasticBlockStoreVolumeSource? AwsElasticBlockStore { get; set; }

    public GitRepoVolumeSource? GitRepo { get; set; }

    public SecretVolumeSource? Secret { get; set; }

    public NFSVolumeSource? Nfs { get; set; }

    public ISCSIVolumeSource? Iscsi { get; set; }

    public GlusterfsVolumeSource? Glusterfs { get; set; }

    public PersistentVolumeClaimVolumeSource? PersistentVolumeClaim { get; set; }

    public RBDVolumeSource? Rbd { get; set; }

    public FlexVolumeSource? FlexVolume { get; set; }

    public CinderVolumeSource? Cinder { get; set; }

    public CephFSVolumeSource? Cephfs { get; set; }

    public FlockerVolumeSource? Flocker { get; set; }

    public DownwardAPIVolumeSource? DownwardAPI { get; set; }

    public FCVolumeSource? Fc { get; set; }

    public AzureFileVolumeSource? AzureFile { get; set; }

    public ConfigMapVolumeSource? ConfigMap { get; set; }

    public VsphereVirtualDiskVolumeSource? VsphereVolume { get; set; }

    public QuobyteVolumeSource? Quobyte { get; set; }

    public AzureDiskVolumeSource? AzureDisk { get; set; }

    public PhotonPersistentDiskVolumeSource? PhotonPersistentDisk { get; set; }

    public ProjectedVolumeSource? Projected { get; set; }

    public PortworxVolumeSource? PortworxVolume { get; set; }

    public ScaleIOVolumeSource? ScaleIO { get; set; }

    public StorageOSVolumeSource? Storageos { get; set; }

    public CSIVolumeSource? Csi { get; set; }

    public EphemeralVolumeSource? Ephemeral { get; set; }

    public ImageVolumeSource? Image { get; set; }
}
