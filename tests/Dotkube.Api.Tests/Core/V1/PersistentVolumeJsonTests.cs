using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Tests.Core.V1;

public class PersistentVolumeJsonTests
{
    private const string CsiVolume = """
        {
          "kind": "PersistentVolume", "apiVersion": "v1",
          "metadata": { "name": "pvc-3f1c2a9e", "creationTimestamp": null, "annotations": { "pv.kubernetes.io/provisioned-by": "ebs.csi.aws.com" }, "finalizers": ["kubernetes.io/pv-protection", "external-provisioner.volume.kubernetes.io/finalizer"] },
          "spec": {
            "capacity": { "storage": "20Gi" },
            "csi": {
              "driver": "ebs.csi.aws.com",
              "volumeHandle": "vol-0a1b2c3d4e5f",
              "fsType": "ext4",
              "volumeAttributes": { "storage.kubernetes.io/csiProvisionerIdentity": "1714557600000-8081-ebs.csi.aws.com" },
              "nodeStageSecretRef": { "name": "ebs-secret", "namespace": "kube-system" }
            },
            "accessModes": ["ReadWriteOnce"],
            "claimRef": { "kind": "PersistentVolumeClaim", "namespace": "default", "name": "data-web-0", "uid": "3f1c2a9e-1111-2222-3333-444455556666", "apiVersion": "v1", "resourceVersion": "90210" },
            "persistentVolumeReclaimPolicy": "Delete",
            "storageClassName": "gp3",
            "volumeMode": "Filesystem",
            "nodeAffinity": {
              "required": {
                "nodeSelectorTerms": [
                  { "matchExpressions": [ { "key": "topology.ebs.csi.aws.com/zone", "operator": "In", "values": ["eu-west-1a"] } ] }
                ]
              }
            },
            "volumeAttributesClassName": "gold"
          },
          "status": { "phase": "Bound", "lastPhaseTransitionTime": "2024-05-01T10:00:00Z" }
        }
        """;

    private const string LegacySources = """
        {
          "kind": "PersistentVolume", "apiVersion": "v1",
          "metadata": { "name": "legacy", "creationTimestamp": null },
          "spec": {
            "capacity": { "storage": "1Ti" },
            "nfs": { "server": "nfs.example.com", "path": "/exports/data", "readOnly": true },
            "rbd": { "monitors": ["10.0.0.1:6789", "10.0.0.2:6789"], "image": "kube", "fsType": "ext4", "pool": "rbd", "user": "admin", "keyring": "/etc/ceph/keyring", "secretRef": { "name": "ceph-secret" } },
            "iscsi": { "targetPortal": "10.0.0.9:3260", "iqn": "iqn.2001-04.com.example:storage.disk1", "lun": 0, "iscsiInterface": "default", "portals": ["10.0.0.10:3260"], "chapAuthDiscovery": true, "chapAuthSession": true, "secretRef": { "name": "chap" }, "initiatorName": "iqn.1996-04.de.suse:01:a1" },
            "glusterfs": { "endpoints": "glusterfs-cluster", "path": "kube_vol", "endpointsNamespace": "storage" },
            "cinder": { "volumeID": "bd82f7e2-wece-4c01-a505-4acf60b07f4a", "fsType": "ext4", "secretRef": { "name": "os" } },
            "cephfs": { "monitors": ["10.0.0.1:6789"], "path": "/", "user": "admin", "secretFile": "/etc/ceph/admin.secret", "readOnly": false },
            "flexVolume": { "driver": "example.com/lvm", "fsType": "xfs", "options": { "volumeID": "vol1", "size": "1000m" } },
            "azureFile": { "secretName": "azure-secret", "shareName": "k8stest", "secretNamespace": "default" },
            "scaleIO": { "gateway": "https://gw/api", "system": "scaleio", "secretRef": { "name": "sio" }, "sslEnabled": true, "storageMode": "ThinProvisioned", "volumeName": "vol-1" },
            "local": { "path": "/mnt/disks/ssd1", "fsType": "xfs" },
            "storageos": { "volumeName": "redis", "volumeNamespace": "default", "secretRef": { "kind": "Secret", "namespace": "default", "name": "storageos" } },
            "accessModes": ["ReadWriteMany", "ReadOnlyMany"],
            "persistentVolumeReclaimPolicy": "Retain",
            "mountOptions": ["hard", "nfsvers=4.1"]
          },
          "status": { "phase": "Available" }
        }
        """;

    [Theory]
    [InlineData(CsiVolume)]
    [InlineData(LegacySources)]
    public void RoundTrip_PersistentVolume_IsUnchanged(string json)
    {
        ClusterJson.AssertRoundTrips<PersistentVolume>(json);
    }

    [Fact]
    public void Decode_CsiVolume_ReadsInlinedSourceAndAffinity()
    {
        var pv = ClusterJson.Decode<PersistentVolume>(CsiVolume);

        Assert.Equal("vol-0a1b2c3d4e5f", pv.Spec.Csi!.VolumeHandle);
        Assert.Equal("kube-system", pv.Spec.Csi.NodeStageSecretRef!.Namespace);
        Assert.Equal("eu-west-1a", pv.Spec.NodeAffinity!.Required!.NodeSelectorTerms[0].MatchExpressions![0].Values![0]);
        Assert.Equal(PersistentVolumePhase.Bound, pv.Status.Phase);
    }

    [Fact]
    public void Encode_SourcesWithoutOptionals_WriteRequiredFields()
    {
        Assert.Equal("""{"monitors":[],"image":""}""", ClusterJson.Encode(new RBDPersistentVolumeSource()));
        Assert.Equal("""{"targetPortal":"","iqn":"","lun":0}""", ClusterJson.Encode(new ISCSIPersistentVolumeSource()));
        Assert.Equal("""{"endpoints":"","path":""}""", ClusterJson.Encode(new GlusterfsPersistentVolumeSource()));
        Assert.Equal("""{"driver":"","volumeHandle":""}""", ClusterJson.Encode(new CSIPersistentVolumeSource()));
        Assert.Equal("""{"gateway":"","system":""}""", ClusterJson.Encode(new ScaleIOPersistentVolumeSource()));
    }

    [Fact]
    public void Encode_EmptyVolume_WritesEmptySpecAndStatus()
    {
        Assert.Equal("""{"metadata":{"creationTimestamp":null},"spec":{},"status":{}}""", ClusterJson.Encode(new PersistentVolume()));
    }
}
