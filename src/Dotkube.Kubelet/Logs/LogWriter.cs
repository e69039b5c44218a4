using System.Text;

namespace Dotkube.Kubelet.Logs;

/// <summary>
/// Upstream's logWriter: skips entries older than since, prefixes the first piece of each line
/// with its timestamp when asked, and stops at the byte limit (cutting the last entry), with
/// stdout and stderr interleaved into one stream as the kubelet serves them.
/// </summary>
internal sealed class LogWriter(Stream output, ContainerLogOptions options)
{
    private long _remaining = options.LimitBytes ?? long.MaxValue;

    // A P entry continues on the next one: only the first piece of a line carries the timestamp.
    private bool _atLineStart = true;

    /// <summary>False once the byte limit is reached: nothing more is to be written.</summary>
    public async ValueTask<bool> WriteAsync(CriLogLine line, CancellationToken ct)
    {
        if (options.Since is { } since && line.Timestamp.Instant < since)
            return true;

        var atLineStart = _atLineStart;
        _atLineStart = line.Content.Span is [] or [.., (byte)'\n'];
        if (options.Timestamps && atLineStart && !await WriteCutAsync(Encoding.ASCII.GetBytes(line.Timestamp.Format() + " "), ct))
            return false;
        return await WriteCutAsync(line.Content, ct);
    }

    private async ValueTask<bool> WriteCutAsync(ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        if (bytes.Length > _remaining)
            bytes = bytes[..(int)_remaining];
        await output.WriteAsync(bytes, ct);
        _remaining -= bytes.Length;
        return _remaining > 0;
    }
}
