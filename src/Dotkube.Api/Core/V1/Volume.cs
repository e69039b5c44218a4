namespace Dotkube.Api.Core.V1;

/// <summary>A named volume that containers of the pod can mount. Exactly one source field (emptyDir, configMap, secret, persistentVolumeClaim, ...) should be set.</summary>
/// <remarks>
/// core/v1 Volume. Upstream embeds VolumeSource inline, so the source sits next to name in
/// JSON; it is flattened here for the same shape. Exactly one source may be set; none means
/// emptyDir (deprecated implied default).
/// </remarks>
public sealed class Volume
{
    /// <summary>The volume's name, a DNS label unique within the pod; volume mounts refer to the volume by it. Required.</summary>
    public string Name { get; set; } = "";

    /// <summary>A file or directory on the node, mounted into the pod. Gives access to the host, so it is usually restricted to system workloads.</summary>
    public HostPathVolumeSource? HostPath { get; set; }

    /// <summary>An empty directory created when the pod starts on a node and deleted when the pod is removed.</summary>
    public EmptyDirVolumeSource? EmptyDir { get; set; }

    /// <summary>Deprecated: a Google Compute Engine persistent disk; use a PersistentVolumeClaim with the GCE CSI driver instead.</summary>
    public GCEPersistentDiskVolumeSource? GcePersistentDisk { get; set; }

    /// <summary>Deprecated: an AWS Elastic Block Store volume; use a PersistentVolumeClaim with the EBS CSI driver instead.</summary>
    public AWSElasticBlockStoreVolumeSource? AwsElasticBlockStore { get; set; }

    /// <summary>Deprecated: a directory filled with a clone of a git repository; use an init container that clones into an emptyDir instead.</summary>
    public GitRepoVolumeSource? GitRepo { get; set; }

    /// <summary>The keys of a Secret in the pod's namespace, each exposed as a file.</summary>
    public SecretVolumeSource? Secret { get; set; }

    /// <summary>An NFS share, mounted into the pod.</summary>
    public NFSVolumeSource? Nfs { get; set; }

    /// <summary>An iSCSI disk, mounted into the pod.</summary>
    public ISCSIVolumeSource? Iscsi { get; set; }

    /// <summary>Removed: a GlusterFS volume. It is no longer supported.</summary>
    public GlusterfsVolumeSource? Glusterfs { get; set; }

    /// <summary>A PersistentVolumeClaim in the pod's namespace, giving the pod durable storage.</summary>
    public PersistentVolumeClaimVolumeSource? PersistentVolumeClaim { get; set; }

    /// <summary>Deprecated: a Ceph RADOS block device, mounted into the pod.</summary>
    public RBDVolumeSource? Rbd { get; set; }

    /// <summary>Deprecated: a volume provided by a FlexVolume driver plugin; use a CSI driver instead.</summary>
    public FlexVolumeSource? FlexVolume { get; set; }

    /// <summary>Deprecated: an OpenStack Cinder volume; use a PersistentVolumeClaim with the Cinder CSI driver instead.</summary>
    public CinderVolumeSource? Cinder { get; set; }

    /// <summary>Deprecated: a CephFS file system, mounted into the pod.</summary>
    public CephFSVolumeSource? Cephfs { get; set; }

    /// <summary>Deprecated: a Flocker dataset. It is no longer supported.</summary>
    public FlockerVolumeSource? Flocker { get; set; }

    /// <summary>Information about the pod itself (labels, annotations, resource limits) exposed as files.</summary>
    public DownwardAPIVolumeSource? DownwardAPI { get; set; }

    /// <summary>A Fibre Channel disk, mounted into the pod.</summary>
    public FCVolumeSource? Fc { get; set; }

    /// <summary>Deprecated: an Azure File share; use a PersistentVolumeClaim with the Azure File CSI driver instead.</summary>
    public AzureFileVolumeSource? AzureFile { get; set; }

    /// <summary>The keys of a ConfigMap in the pod's namespace, each exposed as a file.</summary>
    public ConfigMapVolumeSource? ConfigMap { get; set; }

    /// <summary>Deprecated: a vSphere virtual disk; use a PersistentVolumeClaim with the vSphere CSI driver instead.</summary>
    public VsphereVirtualDiskVolumeSource? VsphereVolume { get; set; }

    /// <summary>Deprecated: a Quobyte volume. It is no longer supported.</summary>
    public QuobyteVolumeSource? Quobyte { get; set; }

    /// <summary>Deprecated: an Azure data disk; use a PersistentVolumeClaim with the Azure Disk CSI driver instead.</summary>
    public AzureDiskVolumeSource? AzureDisk { get; set; }

    /// <summary>Deprecated: a Photon Controller persistent disk. It is no longer supported.</summary>
    public PhotonPersistentDiskVolumeSource? PhotonPersistentDisk { get; set; }

    /// <summary>Several sources (Secrets, ConfigMaps, downward API, service account tokens) combined into one directory.</summary>
    public ProjectedVolumeSource? Projected { get; set; }

    /// <summary>Deprecated: a Portworx volume; use a PersistentVolumeClaim with the Portworx CSI driver instead.</summary>
    public PortworxVolumeSource? PortworxVolume { get; set; }

    /// <summary>Deprecated: a ScaleIO volume. It is no longer supported.</summary>
    public ScaleIOVolumeSource? ScaleIO { get; set; }

    /// <summary>Deprecated: a StorageOS volume. It is no longer supported.</summary>
    public StorageOSVolumeSource? Storageos { get; set; }

    /// <summary>A volume provided by a CSI driver directly for this pod (an inline ephemeral CSI volume).</summary>
    public CSIVolumeSource? Csi { get; set; }

    /// <summary>A volume backed by a PersistentVolumeClaim that is created with the pod and deleted with it.</summary>
    public EphemeralVolumeSource? Ephemeral { get; set; }

    /// <summary>The contents of an OCI image or artifact, mounted read-only into the pod.</summary>
    public ImageVolumeSource? Image { get; set; }
}
