namespace Dotkube.Storage.Crasher;

/// <summary>
/// Creates and updates a bounded key set from several concurrent writers as fast as the store
/// allows. Each writer owns the keys with its index modulo the writer count, so updates carry
/// the exact expected revision and never conflict; a conflict therefore means the store lost or
/// invented a write, and ends the process with an error the test reports.
/// </summary>
public sealed class CrashWriter
{
    private readonly IKeyValueStore _store;
    private readonly TextWriter _acknowledgements;
    private readonly string[] _keys;
    private readonly long[] _sequences;
    private readonly long[] _modRevisions;

    private CrashWriter(IKeyValueStore store, TextWriter acknowledgements, int keyCount)
    {
        _store = store;
        _acknowledgements = acknowledgements;
        _keys = [.. Enumerable.Range(0, keyCount).Select(DurableValue.Key)];
        _sequences = new long[keyCount];
        _modRevisions = new long[keyCount];
    }

    /// <summary>Picks up where the previous (killed) run left off: sequences keep growing across restarts.</summary>
    public static async Task<CrashWriter> LoadAsync(IKeyValueStore store, int keyCount, TextWriter acknowledgements)
    {
        var writer = new CrashWriter(store, acknowledgements, keyCount);
        var index = writer._keys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i);
        var current = await store.RangeAsync(DurableValue.KeyPrefix).ConfigureAwait(false);
        foreach (var kv in current.Items)
        {
            var i = index[kv.Key];
            writer._sequences[i] = DurableValue.TryDecode(kv.Key, kv.Value)
                ?? throw new InvalidOperationException($"malformed value at {kv.Key}");
            writer._modRevisions[i] = kv.ModRevision;
        }

        return writer;
    }

    public Task RunAsync(int writers, int seed, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(
            () => WriteLoopAsync(w, writers, new Random(seed + w), cancellationToken), CancellationToken.None)));

    private async Task WriteLoopAsync(int writer, int writers, Random random, CancellationToken cancellationToken)
    {
        var owned = Enumerable.Range(0, _keys.Length).Where(i => i % writers == writer).ToArray();
        while (!cancellationToken.IsCancellationRequested && owned.Length > 0)
        {
            var i = owned[random.Next(owned.Length)];
            var sequence = _sequences[i] + 1;
            var value = DurableValue.Encode(_keys[i], sequence);
            var revision = _modRevisions[i] == 0
                ? await _store.CreateAsync(_keys[i], value, CancellationToken.None).ConfigureAwait(false)
                : await _store.UpdateAsync(_keys[i], value, _modRevisions[i], CancellationToken.None).ConfigureAwait(false);
            _sequences[i] = sequence;
            _modRevisions[i] = revision;

            // Printed only now, after the store returned the revision: this line is a promise.
            var line = new Acknowledgement(_keys[i], sequence, revision).Format();
            lock (_acknowledgements)
            {
                _acknowledgements.WriteLine(line);
                _acknowledgements.Flush();
            }
        }
    }
}
