using Dotkube.Storage.Etcd;
using Dotkube.Storage.Sqlite;
using Dotkube.Storage.Tests.Conformance;
using Microsoft.Data.Sqlite;

namespace Dotkube.Storage.Tests;

/// <summary>Each kind of <see cref="DatastoreEndpoint"/> opens its driver for real and keeps what was written.</summary>
public sealed class StoreFactoryTests
{
    [Fact]
    public async Task OpenAsync_Sqlite_CreatesTheDatabaseAndItsDirectory()
    {
        var directory = Directory.CreateTempSubdirectory("dotkube-factory-").FullName;
        try
        {
            var path = Path.Combine(directory, "server", "db", "state.db");
            var endpoint = DatastoreEndpoint.Parse("sqlite://" + path);

            long revision;
            await using (var store = await StoreFactory.OpenAsync(endpoint))
            {
                Assert.IsType<SqliteStore>(store);
                revision = await store.CreateAsync("/registry/namespaces/default", "ns"u8.ToArray());
            }

            Assert.True(File.Exists(path));
            await using var reopened = await StoreFactory.OpenAsync(endpoint);
            Assert.Equal(revision, (await reopened.GetAsync("/registry/namespaces/default"))!.ModRevision);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task OpenAsync_Etcd_ConnectsAndSeesTheSameKeys()
    {
        await using var etcd = new EtcdDriver();
        var url = await etcd.EndpointAsync(CancellationToken.None);
        // Both spellings of the same cluster, the second listing an unreachable member first.
        var endpoint = DatastoreEndpoint.Parse("etcd://" + new Uri(url).Authority);
        var withDeadMember = DatastoreEndpoint.Parse($"http://127.0.0.1:1,{url}");

        await using var store = await StoreFactory.OpenAsync(endpoint);
        var revision = await store.CreateAsync("/registry/namespaces/default", "ns"u8.ToArray());
        await using var second = await StoreFactory.OpenAsync(withDeadMember);

        Assert.IsType<EtcdStore>(store);
        Assert.Equal(revision, (await second.GetAsync("/registry/namespaces/default"))!.ModRevision);
    }
}
