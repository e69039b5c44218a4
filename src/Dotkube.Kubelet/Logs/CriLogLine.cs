namespace Dotkube.Kubelet.Logs;

/// <summary>
/// One line of a CRI log file as containerd writes it:
/// <c>&lt;RFC3339Nano&gt; &lt;stdout|stderr&gt; &lt;F|P&gt;[:more tags] &lt;content&gt;\n</c>.
/// A line the container wrote longer than the runtime's buffer is split into P (partial) entries
/// ending with an F (full) one; as upstream, the content of an F entry keeps its newline and a P
/// entry's is dropped, so writing the contents one after another joins the pieces back.
/// </summary>
public readonly record struct CriLogLine(LogTimestamp Timestamp, string Stream, bool Partial, ReadOnlyMemory<byte> Content)
{
    public const string Stdout = "stdout";
    public const string Stderr = "stderr";

    /// <summary>Parses one line (with its newline, if it had one); false for a line that is not in CRI format.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> line, out CriLogLine parsed)
    {
        parsed = default;
        var span = line.Span;
        var space = span.IndexOf((byte)' ');
        if (space < 0 || !LogTimestamp.TryParse(span[..space], out var timestamp))
            return false;

        var offset = space + 1;
        space = span[offset..].IndexOf((byte)' ');
        if (space < 0)
            return false;
        var stream = span.Slice(offset, space) switch
        {
            var s when s.SequenceEqual("stdout"u8) => Stdout,
            var s when s.SequenceEqual("stderr"u8) => Stderr,
            _ => null,
        };
        if (stream is null)
            return false;

        offset += space + 1;
        space = span[offset..].IndexOf((byte)' ');
        if (space < 0)
            return false;
        // Tags are colon-separated and only the first one has a meaning yet (forward compatible, as upstream).
        var tags = span.Slice(offset, space);
        var colon = tags.IndexOf((byte)':');
        var partial = (colon < 0 ? tags : tags[..colon]).SequenceEqual("P"u8);

        var content = line[(offset + space + 1)..];
        if (partial && content.Span is [.., (byte)'\n'])
            content = content[..^1];
        parsed = new CriLogLine(timestamp, stream, partial, content);
        return true;
    }
}
