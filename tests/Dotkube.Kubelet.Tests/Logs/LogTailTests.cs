using System.Text;
using Dotkube.Kubelet.Logs;

namespace Dotkube.Kubelet.Tests.Logs;

public sealed class LogTailTests
{
    [Theory]
    [InlineData("a\nb\nc\n", 1, "c\n")]
    [InlineData("a\nb\nc\n", 2, "b\nc\n")]
    [InlineData("a\nb\nc\n", 3, "a\nb\nc\n")]
    [InlineData("a\nb\nc\n", 10, "a\nb\nc\n")]
    [InlineData("a\nb\nc\n", 0, "")]
    [InlineData("a\nb\nc\n", -1, "a\nb\nc\n")]
    [InlineData("a\nb\nunfinished", 1, "b\nunfinished")]
    [InlineData("", 3, "")]
    public void The_start_of_the_last_lines_is_found_from_the_end(string content, long lines, string expected)
    {
        using var file = new MemoryStream(Encoding.ASCII.GetBytes(content));
        var start = LogTail.StartOfLastLines(file, lines);
        Assert.Equal(expected, content[(int)start..]);
    }

    [Fact]
    public void Lines_are_counted_across_block_boundaries()
    {
        var lines = Enumerable.Range(0, 3000).Select(i => $"line {i}\n").ToList();
        using var file = new MemoryStream(Encoding.ASCII.GetBytes(string.Concat(lines)));
        var start = LogTail.StartOfLastLines(file, 1234);
        Assert.Equal(string.Concat(lines.Skip(3000 - 1234)), Encoding.ASCII.GetString(file.ToArray()[(int)start..]));
    }
}
