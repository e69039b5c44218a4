using System.Buffers;

namespace Dotkube.Kubelet.Logs;

/// <summary>
/// Upstream's ReadLogs over one CRI log file: from the start of the last tailLines lines, each
/// entry through a <see cref="LogWriter"/>; without follow it stops at the end of the file (or
/// after tailLines entries, so lines written meanwhile are not added); with follow it polls for new
/// lines and ends once the container no longer runs and the file has been read to its end.
/// Rotation (a new file under the same name) is not followed: dotkube does not rotate logs yet.
/// </summary>
public sealed class ContainerLogReader(TimeProvider time)
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Defaults to 200 ms: how often a follow looks for new lines (upstream waits on inotify, with a 1 s forced re-read).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Defaults to 1 s: how often a follow that sees no new lines asks whether the container still runs (upstream: 5 s).</summary>
    public TimeSpan StateCheckInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Opens a log file for reading while the runtime still writes (and may remove) it.</summary>
    public static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);

    /// <summary>
    /// Copies the log in <paramref name="file"/> to <paramref name="output"/>. <paramref name="isRunning"/>
    /// tells a follow whether the container may still write.
    /// </summary>
    public async Task CopyAsync(FileStream file, ContainerLogOptions options, Stream output, Func<CancellationToken, Task<bool>> isRunning,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        file.Seek(LogTail.StartOfLastLines(file, options.TailLines ?? -1), SeekOrigin.Begin);
        var limited = options.TailLines is not null && !options.Follow;
        var left = options.TailLines ?? 0;
        var writer = new LogWriter(output, options);
        var pending = new ArrayBufferWriter<byte>();
        var buffer = new byte[ChunkSize];
        var running = true;
        var lastCheck = time.GetTimestamp();
        while (!limited || left > 0)
        {
            var read = await file.ReadAsync(buffer, ct);
            if (read == 0)
            {
                if (!options.Follow || !running)
                {
                    // An unterminated last line (the container died mid-line) is still shown.
                    if (pending.WrittenCount > 0)
                        await WriteLineAsync(writer, pending.WrittenMemory.ToArray(), ct);
                    break;
                }

                await output.FlushAsync(ct);
                await Task.Delay(PollInterval, time, ct);
                if (time.GetElapsedTime(lastCheck) >= StateCheckInterval)
                {
                    // One more read after this: what the container wrote before it exited is still shown.
                    running = await isRunning(ct);
                    lastCheck = time.GetTimestamp();
                }

                continue;
            }

            var chunk = buffer.AsMemory(0, read);
            int newline;
            while ((!limited || left > 0) && (newline = chunk.Span.IndexOf((byte)'\n')) >= 0)
            {
                ReadOnlyMemory<byte> line = chunk[..(newline + 1)];
                if (pending.WrittenCount > 0)
                {
                    pending.Write(line.Span);
                    line = pending.WrittenMemory.ToArray();
                    pending.ResetWrittenCount();
                }

                chunk = chunk[(newline + 1)..];
                switch (await WriteLineAsync(writer, line, ct))
                {
                    case LineResult.LimitReached:
                        await output.FlushAsync(ct);
                        return;
                    case LineResult.Written:
                        left--;
                        break;
                }
            }

            pending.Write(chunk.Span);
        }

        await output.FlushAsync(ct);
    }

    private static async ValueTask<LineResult> WriteLineAsync(LogWriter writer, ReadOnlyMemory<byte> line, CancellationToken ct)
    {
        // A line that is not CRI format is skipped, as upstream (which logs it).
        if (!CriLogLine.TryParse(line, out var entry))
            return LineResult.Skipped;
        return await writer.WriteAsync(entry, ct) ? LineResult.Written : LineResult.LimitReached;
    }

    private enum LineResult
    {
        Written,
        Skipped,
        LimitReached,
    }
}
