using System.Text;

namespace Dotkube.Storage.Tests.Conformance;

/// <summary>
/// The driver-independent conformance suite: every clause of the <see cref="IKeyValueStore"/>
/// contract, run as a theory over <see cref="Drivers.All"/>. Split by concern into partial files.
/// Every test body runs under a deadline, so a broken driver fails instead of hanging.
/// </summary>
public sealed partial class StoreConformanceTests
{
    private static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(30);

    private static Task RunAsync(string driverName, Func<IKeyValueStore, CancellationToken, Task> body) =>
        RunAsync(driverName, context => body(context.Store, context.Token), DefaultDeadline);

    private static Task RunAsync(string driverName, Func<StoreContext, Task> body) =>
        RunAsync(driverName, body, DefaultDeadline);

    private static async Task RunAsync(string driverName, Func<StoreContext, Task> body, TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        await using var driver = Drivers.Create(driverName);
        var store = await driver.OpenAsync(timeout.Token).WaitAsync(timeout.Token);
        var context = new StoreContext(driver, store, timeout.Token);
        try
        {
            await body(context).WaitAsync(deadline);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException && timeout.IsCancellationRequested)
        {
            Assert.Fail($"{driverName}: the test did not finish within {deadline}");
        }
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static async Task<StorageException> FailsWithAsync(StorageErrorCode code, Func<Task> write)
    {
        var exception = await Assert.ThrowsAsync<StorageException>(write);
        Assert.Equal(code, exception.Code);
        return exception;
    }

    private static void AssertValue(KeyValue? actual, string key, string value, long createRevision, long modRevision)
    {
        Assert.NotNull(actual);
        Assert.Equal(key, actual.Key);
        Assert.Equal(value, Encoding.UTF8.GetString(actual.Value));
        Assert.Equal(createRevision, actual.CreateRevision);
        Assert.Equal(modRevision, actual.ModRevision);
    }
}
