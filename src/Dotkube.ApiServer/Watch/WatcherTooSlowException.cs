namespace Dotkube.ApiServer.Watch;

/// <summary>The watcher's queue overflowed; the stream ends and the client re-watches.</summary>
public sealed class WatcherTooSlowException() : Exception("the watcher fell too far behind and was closed");
