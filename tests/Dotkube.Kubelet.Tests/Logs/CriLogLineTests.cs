using System.Text;
using Dotkube.Kubelet.Logs;

namespace Dotkube.Kubelet.Tests.Logs;

public sealed class CriLogLineTests
{
    [Theory]
    [InlineData("2016-10-06T00:17:09.669794202Z stdout F hello world\n", "stdout", false, "hello world\n")]
    [InlineData("2016-10-06T00:17:09.669794202Z stderr F oops\n", "stderr", false, "oops\n")]
    [InlineData("2016-10-06T00:17:09.669794202Z stdout P first half\n", "stdout", true, "first half")]
    [InlineData("2016-10-06T00:17:09.669794202Z stdout F:x:y tagged\n", "stdout", false, "tagged\n")]
    [InlineData("2016-10-06T00:17:09.669794202Z stdout F \n", "stdout", false, "\n")]
    [InlineData("2016-10-06T00:17:09.669794202Z stdout F no newline yet", "stdout", false, "no newline yet")]
    [InlineData("2016-10-06T00:17:09.669794202Z stdout F  two  spaces kept \n", "stdout", false, " two  spaces kept \n")]
    public void Lines_split_into_stream_tag_and_content(string line, string stream, bool partial, string content)
    {
        Assert.True(CriLogLine.TryParse(Encoding.UTF8.GetBytes(line), out var parsed));
        Assert.Equal((stream, partial, content), (parsed.Stream, parsed.Partial, Encoding.UTF8.GetString(parsed.Content.Span)));
    }

    [Theory]
    [InlineData("not a log line\n")]
    [InlineData("2016-10-06T00:17:09Z stdin F text\n")]
    [InlineData("2016-10-06T00:17:09Z stdout\n")]
    [InlineData("2016-10-06T00:17:09Z stdout F")]
    [InlineData("{\"log\":\"docker json\\n\",\"stream\":\"stdout\",\"time\":\"2016-10-20T18:39:20.57606443Z\"}\n")]
    public void Lines_not_in_CRI_format_are_refused(string line) =>
        Assert.False(CriLogLine.TryParse(Encoding.UTF8.GetBytes(line), out _));
}
