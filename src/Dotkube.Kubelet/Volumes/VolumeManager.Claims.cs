using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;

namespace Dotkube.Kubelet.Volumes;

public sealed partial class VolumeManager
{
    /// <summary>
    /// A persistentVolumeClaim volume: the claim must be bound, its volume must point back at it
    /// (upstream's getPVCExtractPV checks and messages), and the volume must be a hostPath or local
    /// one, whose path containers mount directly.
    /// </summary>
    private async Task<MountedVolume> ClaimAsync(Pod pod, PersistentVolumeClaimVolumeSource source, CancellationToken ct)
    {
        var ns = pod.Metadata.Namespace ?? "";
        PersistentVolumeClaim claim;
        try
        {
            claim = await client.GetAsync<PersistentVolumeClaim>(ns, source.ClaimName, ct);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            throw new VolumeSetupException($"failed to fetch PVC from API server: {e.Message}", e);
        }

        if (claim.Metadata.DeletionTimestamp is not null)
            throw new VolumeSetupException($"can't start pod because PVC {ns}/{source.ClaimName} is being deleted");
        var volumeName = claim.Spec.VolumeName ?? "";
        if (claim.Status.Phase != PersistentVolumeClaimPhase.Bound || volumeName.Length == 0)
        {
            throw new VolumeSetupException(
                $"PVC {ns}/{source.ClaimName} has non-bound phase (\"{claim.Status.Phase}\") or empty pvc.Spec.VolumeName (\"{volumeName}\")");
        }

        PersistentVolume volume;
        try
        {
            volume = await client.GetAsync<PersistentVolume>(null, volumeName, ct);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            throw new VolumeSetupException($"failed to fetch PV {volumeName} from API server: {e.Message}", e);
        }

        if (volume.Spec.ClaimRef is not { } claimRef)
            throw new VolumeSetupException($"found PV object {volumeName} but it has a nil pv.Spec.ClaimRef indicating it is not yet bound to the claim");
        if (claimRef.Uid != claim.Metadata.Uid)
        {
            throw new VolumeSetupException(
                $"found PV object {volumeName} but its pv.Spec.ClaimRef.UID ({claimRef.Uid}) does not point to claim.UID ({claim.Metadata.Uid})");
        }

        var readOnly = source.ReadOnly == true;
        switch (volume.Spec)
        {
            case { HostPath: { } hostPath }:
                HostPathChecks.Check(hostPath.Path, hostPath.Type);
                return new MountedVolume(hostPath.Path, readOnly);
            case { Local: { } local }:
                if (UnixFiles.KindOf(local.Path) is UnixFileKind.Missing)
                    throw new VolumeSetupException($"path \"{local.Path}\" does not exist");
                return new MountedVolume(local.Path, readOnly);
            default:
                throw new VolumeSetupException($"PV {volumeName}: only hostPath and local persistent volumes can be mounted on this node");
        }
    }
}
