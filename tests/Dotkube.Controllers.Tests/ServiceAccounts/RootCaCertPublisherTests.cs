using Dotkube.Api.Core.V1;
using Dotkube.Controllers.ServiceAccounts;
using Dotkube.Controllers.Tests.Common;
using Dotkube.Controllers.Tests.Support;

namespace Dotkube.Controllers.Tests.ServiceAccounts;

[Collection(ClusterCollection.Name)]
public sealed class RootCaCertPublisherTests(ClusterFixture fixture)
{
    private const string Ca = "-----BEGIN CERTIFICATE-----\nTUlJQ2Zha2U=\n-----END CERTIFICATE-----\n";

    private static readonly ControllerManagerOptions WithCa = new() { RootCaPem = Ca };

    [Fact]
    public async Task Every_namespace_gets_the_ca_and_edits_are_undone()
    {
        await using var running = await RunningControllers.StartAsync(fixture, WithCa, ctx => new RootCaCertPublisher(ctx));
        var ns = await fixture.NewNamespaceAsync();

        var published = await Eventually.ReturnsAsync(() => TryGetAsync(ns), c => c is not null, "kube-root-ca.crt");
        Assert.Equal(new Dictionary<string, string> { ["ca.crt"] = Ca }, published!.Data);
        Assert.Equal(RootCaCertPublisher.Description, published.Metadata.Annotations![RootCaCertPublisher.DescriptionAnnotation]);

        published.Data = new() { ["ca.crt"] = "tampered", ["extra"] = "x" };
        published.Metadata.Annotations.Remove(RootCaCertPublisher.DescriptionAnnotation);
        await fixture.Client.UpdateAsync(published);

        var restored = await Eventually.ReturnsAsync(() => TryGetAsync(ns), c => c?.Data?.Count == 1 && c.Data["ca.crt"] == Ca, "the CA restored");
        Assert.Equal(RootCaCertPublisher.Description, restored!.Metadata.Annotations![RootCaCertPublisher.DescriptionAnnotation]);
    }

    [Fact]
    public async Task A_deleted_ca_config_map_comes_back()
    {
        await using var running = await RunningControllers.StartAsync(fixture, WithCa, ctx => new RootCaCertPublisher(ctx));
        var ns = await fixture.NewNamespaceAsync();
        var first = await Eventually.ReturnsAsync(() => TryGetAsync(ns), c => c is not null, "kube-root-ca.crt");

        await fixture.Client.DeleteAsync<ConfigMap>(ns, RootCaCertPublisher.ConfigMapName);

        await Eventually.ReturnsAsync(() => TryGetAsync(ns), c => c is not null && c.Metadata.Uid != first!.Metadata.Uid, "a recreated kube-root-ca.crt");
    }

    [Fact]
    public async Task Without_a_ca_the_publisher_stops_at_once()
    {
        await using var running = await RunningControllers.StartAsync(fixture);
        var publisher = new RootCaCertPublisher(running.Context);

        await publisher.RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    private Task<ConfigMap?> TryGetAsync(string ns) => fixture.Client.TryGetAsync<ConfigMap>(ns, RootCaCertPublisher.ConfigMapName);
}
