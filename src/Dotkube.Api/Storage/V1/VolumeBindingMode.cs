namespace Dotkube.Api.Storage.V1;

/// <summary>Values of StorageClass.volumeBindingMode.</summary>
public static class VolumeBindingMode
{
    /// <summary>Provision and bind as soon as the claim exists (the default).</summary>
    public const string Immediate = "Immediate";

    /// <summary>Wait until a pod using the claim is scheduled, so the volume lands in the pod's topology.</summary>
    public const string WaitForFirstConsumer = "WaitForFirstConsumer";
}
