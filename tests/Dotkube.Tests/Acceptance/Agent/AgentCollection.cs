namespace Dotkube.Tests.Acceptance.Agent;

/// <summary>
/// Tests that run `dotkube server` with its agent share the host's CNI bridge (cni0) and the
/// first podCIDR every fresh server hands out, so they run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AgentCollection
{
    public const string Name = "Node agent on this host";
}
