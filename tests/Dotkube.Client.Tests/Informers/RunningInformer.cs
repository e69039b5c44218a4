using Dotkube.Client.Informers;
using Dotkube.Client.Tests.Support;

namespace Dotkube.Client.Tests.Informers;

/// <summary>Runs an informer for the length of a test; disposing stops it and checks it stopped cleanly.</summary>
public sealed class RunningInformer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _run;

    private RunningInformer(ISharedInformer informer) => _run = Task.Run(() => informer.RunAsync(_stop.Token));

    public static async Task<RunningInformer> StartAsync(ISharedInformer informer)
    {
        var running = new RunningInformer(informer);
        Assert.True(await Eventually.CompletesAsync(informer.WaitForSyncAsync(CancellationToken.None)));
        return running;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Eventually.CompletesAsync(_run);
        _stop.Dispose();
    }
}
