namespace Dotkube.Storage.Tests.Conformance;

/// <summary>What a conformance test body gets: the open store, the driver behind it, and the test's deadline.</summary>
public sealed class StoreContext(IStoreDriver driver, IKeyValueStore store, CancellationToken token)
{
    public IStoreDriver Driver { get; } = driver;

    /// <summary>The store; replaced by <see cref="ReopenAsync"/>.</summary>
    public IKeyValueStore Store { get; private set; } = store;

    /// <summary>Cancelled when the test's time is up: pass it to every store call.</summary>
    public CancellationToken Token { get; } = token;

    /// <summary>Closes the store and opens the same data again.</summary>
    public async Task<IKeyValueStore> ReopenAsync()
    {
        Store = await Driver.ReopenAsync(Store, Token);
        return Store;
    }
}
