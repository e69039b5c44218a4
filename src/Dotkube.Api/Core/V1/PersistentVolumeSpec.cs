using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>
/// core/v1 PersistentVolumeSpec. Upstream inlines PersistentVolumeSource (exactly one source must
/// be set), so its members sit directly here, between capacity and accessModes as on the wire.
/// </summary>
public sealed class PersistentVolumeSpec
{
    public Dictionary<string, Quantity>? Capacity { get; set; }

    public GCEPersistentDiskVolumeSource? GcePersistentDisk { get; set; }

    public AWSElasticBlockStoreVolumeSource? AwsElasticBlockStore { get; set; }

    public HostPathVolumeSource? HostPath { get; set; }

    public GlusterfsPersistentVolumeSource? Glusterfs { get; set; }

    public NFSVolumeSource? Nfs { get; set; }

    public RBDPersistentVolumeSource? Rbd { get; set; }

    public ISCSIPersistentVolumeSource? Iscsi { get; set; }

    public CinderPersistentVolumeSource? Cinder { get; set; }

    public CephFSPersistentVolumeSource? Cephfs { get; set; }

    public FCVolumeSource? Fc { get; set; }

    public FlockerVolumeSource? Flocker { get; set; }

    public FlexPersistentVolumeSource? FlexVolume { get; set; }

    public AzureFilePersistentVolumeSource? AzureFile { get; set; }

    public VsphereVirtualDiskVolumeSource? VsphereVolume { get; set; }

    public QuobyteVolumeSource? Quobyte { get; set; }

    public AzureDiskVolumeSource? AzureDisk { get; set; }

    public PhotonPersistentDiskVolumeSource? PhotonPersistentDisk { get; set; }

    public PortworxVolumeSource? PortworxVolume { get; set; }

    public ScaleIOPersistentVolumeSource? ScaleIO { get; set; }

    public LocalVolumeSource? Local { get; set; }

    public StorageOSPersistentVolumeSource? Storageos { get; set; }

    public CSIPersistentVolumeSource? Csi { get; set; }

    /// <summary><see cref="PersistentVolumeAccessMode"/> values.</summary>
    public List<string>? AccessModes { get; set; }

    /// <summary>The PV side of the bind; the claim's volumeName is the authoritative side.</summary>
    public ObjectReference? ClaimRef { get; set; }

    /// <summary>A value of the PersistentVolumeReclaimPolicy constants; Retain for manually created volumes.</summary>
    public string? PersistentVolumeReclaimPolicy { get; set; }

    public string? StorageClassName { get; set; }

    public List<string>? MountOptions { get; set; }

    /// <summary>A <see cref="PersistentVolumeMode"/> value; Filesystem when absent.</summary>
    public string? VolumeMode { get; set; }

    public VolumeNodeAffinity? NodeAffinity { get; set; }

    public string? VolumeAttributesClassName { get; set; }
}
