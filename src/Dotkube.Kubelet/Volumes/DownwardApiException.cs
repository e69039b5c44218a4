namespace Dotkube.Kubelet.Volumes;

/// <summary>A downward API field or resource could not be read; the message is upstream's error.</summary>
public sealed class DownwardApiException(string message) : Exception(message);
