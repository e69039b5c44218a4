using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Tests.Core.V1;

public class PersistentVolumeClaimJsonTests
{
    private const string ResizingClaim = """
        {
          "kind": "PersistentVolumeClaim", "apiVersion": "v1",
          "metadata": { "name": "data-web-0", "namespace": "default", "creationTimestamp": null, "labels": { "app": "web" }, "finalizers": ["kubernetes.io/pvc-protection"] },
          "spec": {
            "accessModes": ["ReadWriteOnce"],
            "resources": { "requests": { "storage": "30Gi" } },
            "volumeName": "pvc-3f1c2a9e",
            "storageClassName": "gp3",
            "volumeMode": "Filesystem",
            "volumeAttributesClassName": "gold"
          },
          "status": {
            "phase": "Bound",
            "accessModes": ["ReadWriteOnce"],
            "capacity": { "storage": "20Gi" },
            "conditions": [
              { "type": "Resizing", "status": "True", "lastProbeTime": "2024-05-01T10:00:00Z", "lastTransitionTime": "2024-05-01T10:00:00Z" },
              { "type": "ModifyingVolume", "status": "True", "lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:05Z", "reason": "Modifying", "message": "ControllerModifyVolume in progress" }
            ],
            "allocatedResources": { "storage": "30Gi" },
            "allocatedResourceStatuses": { "storage": "ControllerResizeInProgress" },
            "currentVolumeAttributesClassName": "silver",
            "modifyVolumeStatus": { "targetVolumeAttributesClassName": "gold", "status": "InProgress" }
          }
        }
        """;

    [Fact]
    public void RoundTrip_ResizingClaim_IsUnchanged()
    {
        var claim = ClusterJson.AssertRoundTrips<PersistentVolumeClaim>(ResizingClaim);

        Assert.Equal(ClaimResourceStatus.ControllerResizeInProgress, claim.Status.AllocatedResourceStatuses!["storage"]);
        Assert.Equal(PersistentVolumeClaimModifyVolumeStatus.InProgress, claim.Status.ModifyVolumeStatus!.Status);
        Assert.Equal("30Gi", claim.Spec.Resources.Requests!["storage"].ToString());
    }

    [Fact]
    public void RoundTrip_PendingClaimWithSelector_IsUnchanged()
    {
        ClusterJson.AssertRoundTrips<PersistentVolumeClaim>("""
            {
              "kind": "PersistentVolumeClaim", "apiVersion": "v1",
              "metadata": { "name": "logs", "namespace": "default", "creationTimestamp": null },
              "spec": {
                "accessModes": ["ReadWriteOncePod"],
                "selector": { "matchLabels": { "tier": "fast" } },
                "resources": { "requests": { "storage": "1Gi" }, "limits": { "storage": "2Gi" } },
                "storageClassName": "",
                "dataSource": { "apiGroup": "snapshot.storage.k8s.io", "kind": "VolumeSnapshot", "name": "snap-1" },
                "dataSourceRef": { "apiGroup": "snapshot.storage.k8s.io", "kind": "VolumeSnapshot", "name": "snap-1" }
              },
              "status": { "phase": "Pending" }
            }
            """);
    }

    [Fact]
    public void Encode_ConditionAndModifyStatusWithoutOptionals_WriteRequiredFields()
    {
        Assert.Equal("""{"type":"","status":"","lastProbeTime":null,"lastTransitionTime":null}""", ClusterJson.Encode(new PersistentVolumeClaimCondition()));
        Assert.Equal("""{"status":""}""", ClusterJson.Encode(new ModifyVolumeStatus()));
    }
}
