namespace Dotkube.Kubelet.Volumes;

/// <summary>One file of a volume's payload: its content and its permission bits (e.g. 0644 = 420).</summary>
public sealed record FileProjection(byte[] Data, int Mode);
