namespace Dotkube.Kubelet.Node;

/// <summary>Where the node's CNI conflist goes (containerd's conf dir) and where host-local keeps its allocations.</summary>
public sealed record PodNetworkPaths(string ConfDir, string IpamDataDir);
