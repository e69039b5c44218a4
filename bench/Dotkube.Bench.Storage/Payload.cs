using System.Diagnostics;

namespace Dotkube.Bench.Storage;

/// <summary>Write values: random bytes (nothing for a store to compress), optionally stamped with the send time.</summary>
public static class Payload
{
    public static byte[] Random(int size)
    {
        var value = new byte[size];
        System.Random.Shared.NextBytes(value);
        return value;
    }

    /// <summary>
    /// A value whose first 8 bytes are <see cref="Stopwatch.GetTimestamp"/>, so a watcher can time
    /// write -> event; byte 8 marks warm-up writes, which watchers skip.
    /// </summary>
    public static byte[] Stamped(int size, bool warmUp = false)
    {
        var value = Random(size);
        value[8] = warmUp ? (byte)1 : (byte)0;
        BitConverter.TryWriteBytes(value, Stopwatch.GetTimestamp());
        return value;
    }

    public static bool IsWarmUp(byte[] value) => value[8] == 1;

    public static long StampOf(byte[] value) => BitConverter.ToInt64(value, 0);
}
