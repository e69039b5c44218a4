using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;
using Dotkube.Client.Tests.Support;
using static Dotkube.Client.Tests.Support.TestObjects;

namespace Dotkube.Client.Tests.Rest;

[Collection(ApiServerCollection.Name)]
public sealed class ListTests(ApiServerFixture server)
{
    private KubeClient Client => server.Client;

    [Fact]
    public async Task List_LabelSelector_ReturnsOnlyMatches()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(ConfigMap(ns, "web", new() { ["tier"] = "web" }));
        await Client.CreateAsync(ConfigMap(ns, "db", new() { ["tier"] = "db" }));

        var list = await Client.ListAsync<ConfigMap>(ns, new ListOptions { LabelSelector = "tier in (web)" });

        Assert.Equal(["web"], list.Items.Select(c => c.Metadata.Name));
        Assert.False(string.IsNullOrEmpty(list.Metadata.ResourceVersion));
    }

    [Fact]
    public async Task List_FieldSelector_MatchesName()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(ConfigMap(ns, "one"));
        await Client.CreateAsync(ConfigMap(ns, "two"));

        var list = await Client.ListAsync<ConfigMap>(ns, new ListOptions { FieldSelector = "metadata.name=two" });

        Assert.Equal(["two"], list.Items.Select(c => c.Metadata.Name));
    }

    [Fact]
    public async Task List_LimitAndContinue_PagesThroughEverything()
    {
        var ns = await server.NewNamespaceAsync();
        for (var i = 0; i < 5; i++)
        {
            await Client.CreateAsync(ConfigMap(ns, $"p{i}", new() { ["page"] = "yes" }));
        }

        var names = new List<string>();
        var options = new ListOptions { LabelSelector = "page=yes", Limit = 2 };
        var pages = 0;
        do
        {
            var page = await Client.ListAsync<ConfigMap>(ns, options);
            Assert.True(page.Items.Count <= 2);
            names.AddRange(page.Items.Select(c => c.Metadata.Name!));
            options = options with { Continue = page.Metadata.Continue };
            pages++;
        }
        while (!string.IsNullOrEmpty(options.Continue));

        Assert.Equal(["p0", "p1", "p2", "p3", "p4"], names);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task List_AllNamespaces_SpansNamespaces()
    {
        var first = await server.NewNamespaceAsync();
        var second = await server.NewNamespaceAsync();
        var label = Guid.NewGuid().ToString("N");
        await Client.CreateAsync(ConfigMap(first, "x", new() { ["run"] = label }));
        await Client.CreateAsync(ConfigMap(second, "x", new() { ["run"] = label }));

        var list = await Client.Resource<ConfigMap>().ListAsync(new ListOptions { LabelSelector = $"run={label}" });

        Assert.Equal(new[] { first, second }.Order(), list.Items.Select(c => c.Metadata.Namespace).Order());
    }
}
