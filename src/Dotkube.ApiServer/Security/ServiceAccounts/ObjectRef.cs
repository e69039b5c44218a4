namespace Dotkube.ApiServer.Security.ServiceAccounts;

/// <summary>A name and uid in a token's kubernetes.io claim (service account, pod, secret, node).</summary>
public sealed record ObjectRef(string Name, string Uid);
