namespace Dotkube.Kubelet.Volumes;

/// <summary>Where a pod volume is on the host, and whether containers must mount it read-only (configMap, secret, downwardAPI, projected).</summary>
public sealed record MountedVolume(string HostPath, bool ReadOnly);
