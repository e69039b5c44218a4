namespace Dotkube.Kubelet.Volumes;

/// <summary>A volume could not be set up; the message is upstream's error, shown in the FailedMount event.</summary>
public sealed class VolumeSetupException(string message, Exception? inner = null) : Exception(message, inner);
