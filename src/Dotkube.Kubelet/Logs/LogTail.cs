namespace Dotkube.Kubelet.Logs;

/// <summary>Upstream's tail.FindTailLineStartIndex: where the last n lines of a file begin, read backwards in blocks.</summary>
public static class LogTail
{
    private const int BlockSize = 4096;

    /// <summary>
    /// The offset of the first of the last <paramref name="lines"/> complete lines; 0 when the file
    /// has fewer, or when <paramref name="lines"/> is negative (everything). An unterminated last
    /// line (still being written) is not counted, as upstream.
    /// </summary>
    public static long StartOfLastLines(Stream file, long lines)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (lines < 0)
            return 0;

        var end = file.Length;
        var buffer = new byte[BlockSize];
        // The newline that ends the last line does not start a line; each further one does.
        var newlines = 0L;
        var position = end;
        while (position > 0)
        {
            var size = (int)Math.Min(BlockSize, position);
            position -= size;
            file.Seek(position, SeekOrigin.Begin);
            file.ReadExactly(buffer, 0, size);
            for (var i = size - 1; i >= 0; i--)
            {
                if (buffer[i] != (byte)'\n')
                    continue;
                newlines++;
                if (newlines > lines)
                    return position + i + 1;
            }
        }

        return 0;
    }
}
