using System.Diagnostics;
using System.Text;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Serialization;

public class YamlToJsonTests
{
    private static string Convert(string yaml) => Encoding.UTF8.GetString(KubeYaml.ToJson(Encoding.UTF8.GetBytes(yaml)));

    [Theory]
    [InlineData("yes", "true")]
    [InlineData("On", "true")]
    [InlineData("y", "true")]
    [InlineData("off", "false")]
    [InlineData("NO", "false")]
    [InlineData("~", "null")]
    [InlineData("", "null")]
    [InlineData("Null", "null")]
    [InlineData("0x1F", "31")]
    [InlineData("0777", "511")]
    [InlineData("0o17", "15")]
    [InlineData("0b101", "5")]
    [InlineData("1_000", "1000")]
    [InlineData("-42", "-42")]
    [InlineData("1.5", "1.5")]
    [InlineData("1.0", "1")]
    [InlineData("1e3", "1000")]
    [InlineData(".5", "0.5")]
    [InlineData("18446744073709551615", "18446744073709551615")]
    [InlineData("'yes'", "\"yes\"")]
    [InlineData("\"123\"", "\"123\"")]
    [InlineData("!!str 123", "\"123\"")]
    [InlineData("2024-01-02", "\"2024-01-02\"")]
    [InlineData("1.2.3", "\"1.2.3\"")]
    [InlineData("hello", "\"hello\"")]
    public void ToJson_PlainScalars_ResolveAsYamlV2(string scalar, string json)
    {
        Assert.Equal("{\"v\":" + json + "}", Convert("v: " + scalar));
    }

    [Fact]
    public void ToJson_NonStringKeys_BecomeStrings()
    {
        Assert.Equal("""{"1":"a","true":"b","1.5":"c","x":"d"}""", Convert("1: a\ntrue: b\n1.5: c\nx: d\n"));
    }

    [Fact]
    public void ToJson_YamlOneOneBooleanKeys_BecomeTrueFalse()
    {
        // yaml.v2 reads an unquoted y/n/on/off key as a boolean, so "y:" arrives as "true".
        Assert.Equal("""{"true":1,"false":2}""", Convert("y: 1\nn: 2\n"));
    }

    [Fact]
    public void ToJson_NullKey_IsRejected()
    {
        var e = Assert.Throws<DecodeException>(() => Convert("~: a\n"));
        Assert.StartsWith("error converting YAML to JSON: unsupported map key of type", e.Message);
    }

    [Fact]
    public void ToJson_DuplicateKeys_LastWinsAndStrictErrorsListed()
    {
        var json = KubeYaml.ToJson("a: 1\nb: 2\na: 3\n"u8, out var duplicates);

        Assert.Equal("""{"a":3,"b":2}""", Encoding.UTF8.GetString(json));
        Assert.Equal(["line 3: key \"a\" already set in map"], duplicates);
    }

    [Fact]
    public void ToJson_AnchorsAndMerge_Expand()
    {
        var yaml = "base: &b\n  p: 1\n  q: 2\nderived:\n  <<: *b\n  q: 3\nlist: [*b]\n";

        Assert.Equal("""{"base":{"p":1,"q":2},"derived":{"p":1,"q":3},"list":[{"p":1,"q":2}]}""", Convert(yaml));
    }

    [Fact]
    public void ToJson_AliasBomb_FailsFast()
    {
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<DecodeException>(() => Convert(yaml.ToString()));

        Assert.Equal("error converting YAML to JSON: yaml: document contains excessive aliasing", e.Message);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void ToJson_UnknownAnchor_IsRejected()
    {
        var e = Assert.Throws<DecodeException>(() => Convert("a: *nope\n"));
        Assert.Equal("error converting YAML to JSON: yaml: line 1: unknown anchor 'nope' referenced", e.Message);
    }

    [Fact]
    public void ToJson_MalformedYaml_ReportsLine()
    {
        var e = Assert.Throws<DecodeException>(() => Convert("a: b\nc: [d\n"));
        Assert.Matches(@"^error converting YAML to JSON: yaml: line \d+: ", e.Message);
    }

    [Fact]
    public void ToJson_TabIndentation_ReportsLine()
    {
        var e = Assert.Throws<DecodeException>(() => Convert("a:\n\tb: c\n"));
        // YamlDotNet marks the mapping the tab breaks (line 1); yaml.v2 names the tab's line.
        Assert.Matches(@"^error converting YAML to JSON: yaml: line \d+: .*tab", e.Message);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(10_000, false)]
    public void ToJson_DeepNesting_AcceptedUpToMaxDepthThenRejected(int depth, bool accepted)
    {
        var yaml = "a: " + new string('[', depth) + new string(']', depth);
        var watch = Stopwatch.StartNew();

        if (accepted)
        {
            Assert.StartsWith("{\"a\":[[[", Convert(yaml));
        }
        else
        {
            var e = Assert.Throws<DecodeException>(() => Convert(yaml));
            Assert.Contains("exceeded max depth of 256", e.Message);
        }

        Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void ToJson_InfinityValue_IsRejectedAsJsonMarshalDoes()
    {
        var e = Assert.Throws<DecodeException>(() => Convert("a: .inf\n"));
        Assert.Equal("error converting YAML to JSON: json: unsupported value: +Inf", e.Message);
    }

    [Fact]
    public void SplitDocuments_SeparatorsAndEmptyDocuments()
    {
        var docs = KubeYaml.SplitDocuments("---\na: 1\n---\n---  # comment\nb: 2\n"u8);

        Assert.Equal(["a: 1\n", "b: 2\n"], docs.Select(Encoding.UTF8.GetString));
    }

    [Fact]
    public void SplitDocuments_TextAfterSeparator_IsRejected()
    {
        var e = Assert.Throws<DecodeException>(() => KubeYaml.SplitDocuments("a: 1\n--- b\n"u8));
        Assert.Equal("invalid Yaml document separator: b", e.Message);
    }
}
