using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Testing.HollowNodes;

namespace Dotkube.Tests.Acceptance.Controllers;

/// <summary>
/// `dotkube server` (controllers and scheduler included) with five hollow nodes, for kubectl-driven controller
/// scenarios. Pods whose image names "does-not-exist" never pull, as a bad image on a real node.
/// </summary>
public sealed class HollowClusterFixture : BinaryServerFixture
{
    private HollowNodeSet? _nodes;

    public KubeClient Client { get; private set; } = null!;

    public HollowNodeSet Nodes => _nodes!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Client = new KubeClient(KubeconfigLoader.Load(KubeconfigPath));
        _nodes = await HollowNodeSet.StartAsync(Client, new HollowNodeOptions
        {
            Count = 5,
            NamePrefix = "hollow",
            LeaseRenewInterval = TimeSpan.FromSeconds(2),
            // dotkube server's own scheduler places the pods.
            Fate = pod => pod.Spec.Containers.Any(c => c.Image?.Contains("does-not-exist", StringComparison.Ordinal) == true)
                ? HollowPodFate.ImagePullFails
                : HollowPodFate.Ready,
        });
    }

    public override async Task DisposeAsync()
    {
        if (_nodes is not null)
            await _nodes.DisposeAsync();
        Client?.Dispose();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class HollowClusterCollection : ICollectionFixture<HollowClusterFixture>
{
    public const string Name = "kubectl against dotkube with hollow nodes";
}
