namespace Dotkube.Kubelet.Server;

/// <summary>A log request the kubelet cannot serve; the message is upstream's and goes to the client as is (400).</summary>
public sealed class ContainerLogException(string message) : Exception(message);
