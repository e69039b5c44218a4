using Dotkube.Controllers.ServiceAccounts;
using Dotkube.Controllers.Tests.Common;
using Dotkube.Controllers.Tests.Support;
using Account = Dotkube.Api.Core.V1.ServiceAccount;

namespace Dotkube.Controllers.Tests.ServiceAccounts;

[Collection(ClusterCollection.Name)]
public sealed class ServiceAccountsControllerTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_new_namespace_gets_a_default_service_account_that_comes_back_after_deletion()
    {
        await using var running = await RunningControllers.StartAsync(fixture, ctx => new ServiceAccountsController(ctx));
        var ns = await fixture.NewNamespaceAsync();

        var first = await Eventually.ReturnsAsync(() => TryGetAsync(ns), a => a is not null, "the default service account");
        await fixture.Client.DeleteAsync<Account>(ns, "default");

        await Eventually.ReturnsAsync(() => TryGetAsync(ns), a => a is not null && a.Metadata.Uid != first!.Metadata.Uid, "a recreated default service account");
    }

    [Fact]
    public async Task Existing_namespaces_get_one_at_start()
    {
        var ns = await fixture.NewNamespaceAsync();

        await using var running = await RunningControllers.StartAsync(fixture, ctx => new ServiceAccountsController(ctx));

        await Eventually.ReturnsAsync(() => TryGetAsync(ns), a => a is not null, "the default service account");
    }

    private Task<Account?> TryGetAsync(string ns) => fixture.Client.TryGetAsync<Account>(ns, "default");
}
