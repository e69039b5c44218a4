using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Client.Tests.Support;

namespace Dotkube.Client.Tests.Informers;

/// <summary>
/// A transport in front of the real server that records lists and watches, and can hold the next
/// watch request (so changes happen while the informer is not watching) and rewrite its
/// resourceVersion (so a compacted one meets the server's real 410).
/// </summary>
public sealed partial class WatchProbe : DelegatingHandler
{
    private readonly Lock _lock = new();
    private TaskCompletionSource? _release;
    private TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _rewriteResourceVersion;
    private int _answerGone;

    private WatchProbe(HttpMessageHandler inner) : base(inner)
    {
    }

    /// <summary>Path and query of each list or watch sent, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public int Lists => Requests.Count(r => !IsWatch(r));

    public int Watches => Requests.Count(IsWatch);

    public static KubeClient Client(ApiServerFixture server, out WatchProbe probe)
    {
        var options = KubeconfigLoader.Load(server.KubeconfigPath);
        probe = new WatchProbe(HttpHandlerFactory.Create(options));
        return new KubeClient(options, probe);
    }

    /// <summary>Holds the next watch requests until <see cref="Release"/>; the task completes when one is held.</summary>
    public Task HoldWatches()
    {
        lock (_lock)
        {
            _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _held.Task;
        }
    }

    /// <summary>Lets held watches go, the first with its resourceVersion replaced when <paramref name="resourceVersion"/> is set.</summary>
    public void Release(string? resourceVersion = null)
    {
        TaskCompletionSource? release;
        lock (_lock)
        {
            _rewriteResourceVersion = resourceVersion;
            release = _release;
            _release = null;
        }

        release?.TrySetResult();
    }

    /// <summary>Answers the next watch request itself with HTTP 410 Expired, as a server does for a compacted start before streaming.</summary>
    public void AnswerNextWatchWithGone() => Interlocked.Exchange(ref _answerGone, 1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (IsWatch(request.RequestUri!.PathAndQuery))
        {
            if (Interlocked.Exchange(ref _answerGone, 0) == 1)
            {
                Requests.Enqueue(request.RequestUri.PathAndQuery);
                return new HttpResponseMessage(HttpStatusCode.Gone)
                {
                    Content = new StringContent(
                        """{"kind":"Status","apiVersion":"v1","status":"Failure","message":"too old resource version","reason":"Expired","code":410}""",
                        Encoding.UTF8, "application/json"),
                };
            }

            TaskCompletionSource? release;
            lock (_lock)
            {
                release = _release;
                if (release is not null)
                    _held.TrySetResult();
            }

            if (release is not null)
                await release.Task.WaitAsync(cancellationToken);

            string? rewrite;
            lock (_lock)
            {
                rewrite = _rewriteResourceVersion;
                _rewriteResourceVersion = null;
            }

            if (rewrite is not null)
                request.RequestUri = new Uri(ResourceVersionParameter().Replace(request.RequestUri.ToString(), "resourceVersion=" + rewrite));
        }

        Requests.Enqueue(request.RequestUri.PathAndQuery);
        return await base.SendAsync(request, cancellationToken);
    }

    private static bool IsWatch(string pathAndQuery) => pathAndQuery.Contains("watch=true", StringComparison.Ordinal);

    [GeneratedRegex("resourceVersion=[^&]*")]
    private static partial Regex ResourceVersionParameter();
}
