using Dotkube.ApiServer.Errors;

namespace Dotkube.ApiServer.Http;

/// <summary>
/// kube-apiserver's max-in-flight filter: at most N read-only and M mutating requests at once;
/// beyond that 429 with Retry-After: 1. Watches and other long-running requests are exempt, as
/// upstream, since they hold a slot for their whole life.
/// </summary>
public sealed class InflightLimiter
{
    private readonly int _maxReadOnly;
    private readonly int _maxMutating;
    private int _readOnly;
    private int _mutating;

    public InflightLimiter(int maxReadOnly, int maxMutating)
    {
        _maxReadOnly = maxReadOnly;
        _maxMutating = maxMutating;
    }

    public int ReadOnly => Volatile.Read(ref _readOnly);

    public int Mutating => Volatile.Read(ref _mutating);

    /// <summary>Takes a slot or throws 429; dispose the result to give it back.</summary>
    public Slot Enter(bool mutating)
    {
        if (mutating)
        {
            if (Interlocked.Increment(ref _mutating) > _maxMutating)
            {
                Interlocked.Decrement(ref _mutating);
                throw ApiErrors.TooManyRequests(1);
            }
        }
        else if (Interlocked.Increment(ref _readOnly) > _maxReadOnly)
        {
            Interlocked.Decrement(ref _readOnly);
            throw ApiErrors.TooManyRequests(1);
        }

        return new Slot(this, mutating);
    }

    public readonly struct Slot(InflightLimiter owner, bool mutating) : IDisposable
    {
        public void Dispose()
        {
            if (mutating)
            {
                Interlocked.Decrement(ref owner._mutating);
            }
            else
            {
                Interlocked.Decrement(ref owner._readOnly);
            }
        }
    }
}
