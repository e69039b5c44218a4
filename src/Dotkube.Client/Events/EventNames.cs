namespace Dotkube.Client.Events;

/// <summary>
/// Event names as client-go's makeEvent: the object's name, a dot and the record time in Unix
/// nanoseconds as hex. .NET clocks tick in 100 ns, so two events in one tick would collide (and the
/// second be refused as AlreadyExists); the suffix is bumped to stay unique within a recorder.
/// </summary>
internal sealed class EventNames
{
    private long _last;

    public string Next(string? objectName, DateTimeOffset at)
    {
        var nanos = (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;
        long last, next;
        do
        {
            last = Interlocked.Read(ref _last);
            next = Math.Max(nanos, last + 1);
        }
        while (Interlocked.CompareExchange(ref _last, next, last) != last);

        return $"{objectName}.{next:x}";
    }
}
