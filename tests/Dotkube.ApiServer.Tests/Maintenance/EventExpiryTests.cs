using CoreEvent = Dotkube.Api.Core.V1.Event;
using Dotkube.Api.Meta;
using Dotkube.ApiServer.Maintenance;
using Dotkube.ApiServer.Registry;
using Dotkube.Storage.Sqlite;
using Dotkube.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.ApiServer.Tests.Maintenance;

public sealed class EventExpiryTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dotkube-events-").FullName;
    private SqliteStore _store = null!;

    public async Task InitializeAsync() =>
        _store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(_dir, "state.db") });

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private static CoreEvent Event(string name, DateTimeOffset created, DateTimeOffset lastSeen) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = "default", CreationTimestamp = created },
        InvolvedObject = new() { Kind = "Pod", Name = "p", Namespace = "default" },
        Reason = "Test",
        FirstTimestamp = created,
        LastTimestamp = lastSeen,
        Count = 1,
    };

    [Fact]
    public async Task Sweep_DeletesEventsWhoseLastActivityIsOlderThanTheTtl()
    {
        var now = DateTimeOffset.Parse("2026-11-22T12:00:00Z");
        var time = new ManualTime(now);
        var registry = new ResourceRegistry(_store);
        var events = registry.For<CoreEvent>();
        await events.CreateAsync(Event("old", now.AddHours(-3), now.AddHours(-2)), default);
        await events.CreateAsync(Event("refreshed", now.AddHours(-3), now.AddMinutes(-5)), default);
        await events.CreateAsync(Event("new", now.AddMinutes(-1), now.AddMinutes(-1)), default);

        await using var expiry = new EventExpiry(registry, TimeSpan.FromHours(1), TimeSpan.FromHours(1), time, NullLogger.Instance);
        var deleted = await expiry.SweepAsync(default);

        Assert.Equal(1, deleted);
        Assert.Null(await events.GetAsync("default", "old", default));
        Assert.NotNull(await events.GetAsync("default", "refreshed", default));
        Assert.NotNull(await events.GetAsync("default", "new", default));
    }
}
