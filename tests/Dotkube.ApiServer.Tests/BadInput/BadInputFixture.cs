using System.Text.Json.Nodes;
using Dotkube.ApiServer.Tests.Server;

namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// One real API server for all the cases: the objects the cases address are created through
/// the API (the namespace, one object of each kind, a victim per DELETE case), then the store is
/// fingerprinted, so the last test can tell whether any bad request changed it.
/// </summary>
public sealed class BadInputFixture : IAsyncLifetime
{
    public ApiServerFixture Server { get; } = new();

    public ClusterChecksum Before { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        await CreateAsync(ResourceKind.Namespaces, Manifests.Namespace(Manifests.Ns));
        foreach (var kind in ResourceKind.All.Where(k => k != ResourceKind.Namespaces))
        {
            await CreateAsync(kind, Manifests.Of(kind, kind.Seeded));
        }

        foreach (var (kind, name) in BadInputCases.Victims)
        {
            await CreateAsync(kind, Manifests.Of(kind, name));
        }

        Before = await ClusterChecksum.TakeAsync(Server.Client);
    }

    public Task DisposeAsync() => Server.DisposeAsync();

    private async Task CreateAsync(ResourceKind kind, JsonObject manifest)
    {
        var created = await Server.PostAsync(kind.Collection, manifest.ToJsonString());
        if (created.Code != 201)
        {
            throw new InvalidOperationException($"seeding {kind.Plural}: {created}");
        }
    }
}
