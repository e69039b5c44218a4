using Dotkube.Api.Selectors;

namespace Dotkube.Api.Tests.Selectors;

public class FieldSelectorTests
{
    [Theory]
    [InlineData("a=b", "a=b")]
    [InlineData("a==b", "a=b")]
    [InlineData("a!=b", "a!=b")]
    [InlineData("b=2,a=1", "a=1,b=2")]
    [InlineData("a=b,,c=d", "a=b,c=d")]
    [InlineData("a=", "a=")]
    [InlineData("=b", "=b")]
    [InlineData("", "")]
    [InlineData(@"a=b\,c", @"a=b\,c")]
    [InlineData(@"a=b\=c", @"a=b\=c")]
    [InlineData(@"a=b\\c", @"a=b\\c")]
    [InlineData("metadata.name=foo,spec.nodeName!=", "metadata.name=foo,spec.nodeName!=")]
    public void Parse_Valid_RoundTrips(string input, string expected)
    {
        var selector = FieldSelector.Parse(input);

        Assert.Equal(expected, selector.ToString());
        Assert.Equal(expected, FieldSelector.Parse(expected).ToString());
    }

    [Theory]
    [InlineData(@"a=b\,c", "a", SelectionOperator.Equal, "b,c")]
    [InlineData(@"a=b\=c", "a", SelectionOperator.Equal, "b=c")]
    [InlineData(@"a=b\\c", "a", SelectionOperator.Equal, @"b\c")]
    [InlineData(@"a!=b\\", "a", SelectionOperator.NotEqual, @"b\")]
    [InlineData("a==b", "a", SelectionOperator.Equal, "b")]
    public void Parse_EscapedValue_Unescapes(string input, string field, SelectionOperator op, string value) =>
        Assert.Equal(new FieldRequirement(field, op, value), Assert.Single(FieldSelector.Parse(input).Requirements));

    [Theory]
    [InlineData("abc", "invalid selector: 'abc'; can't understand 'abc'")]
    [InlineData("a=b,c", "invalid selector: 'a=b,c'; can't understand 'c'")]
    [InlineData(@"a=b\", @"invalid field selector: invalid escape sequence: \")]
    [InlineData(@"a=b\x", @"invalid field selector: invalid escape sequence: \x")]
    [InlineData("a=b=c", "invalid field selector: unescaped character in value: 61")]
    [InlineData("a!==b", "invalid field selector: unescaped character in value: 61")]
    public void TryParse_Invalid_ReturnsUpstreamError(string input, string expected)
    {
        Assert.False(FieldSelector.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("a=b", "a:b", true)]
    [InlineData("a=b", "a:c", false)]
    [InlineData("a!=b", "", true)]
    [InlineData("a=", "", true)]
    [InlineData("a=b", "", false)]
    [InlineData("a=b,c!=d", "a:b,c:e", true)]
    [InlineData("a=b,c!=d", "a:b,c:d", false)]
    [InlineData("", "a:b", true)]
    public void Matches_Fields_AbsentFieldReadsAsEmpty(string selector, string fields, bool expected)
    {
        var set = fields.Length == 0
            ? new Dictionary<string, string>()
            : fields.Split(',').Select(p => p.Split(':')).ToDictionary(p => p[0], p => p[1]);

        Assert.Equal(expected, FieldSelector.Parse(selector).Matches(set));
    }

    [Fact]
    public void RequiresExactMatch_Field_FindsEqualTerm()
    {
        var selector = FieldSelector.Parse("spec.nodeName=node-1,metadata.name!=x");

        Assert.True(selector.RequiresExactMatch("spec.nodeName", out var node));
        Assert.Equal("node-1", node);
        Assert.False(selector.RequiresExactMatch("metadata.name", out _));
    }

    [Fact]
    public void EscapeValue_SpecialCharacters_AreBackslashed()
    {
        Assert.Equal(@"a\,b\=c\\", FieldSelector.EscapeValue(@"a,b=c\"));
        Assert.Equal(@"a,b=c\", Assert.Single(FieldSelector.Parse("x=" + FieldSelector.EscapeValue(@"a,b=c\")).Requirements).Value);
    }

    [Fact]
    public void Everything_IsEmptyAndMatchesAll()
    {
        Assert.True(FieldSelector.Everything.IsEmpty);
        Assert.True(FieldSelector.Parse("").IsEmpty);
        Assert.True(FieldSelector.Everything.Matches(null));
        Assert.Equal("metadata.name=a", FieldSelector.OneTermEqual("metadata.name", "a").ToString());
    }

    [Fact]
    public void Transform_Terms_RewritesFieldsAndValues()
    {
        var selector = FieldSelector.Parse("a=b").Transform((f, v) => ("spec." + f, v.ToUpperInvariant()));

        Assert.Equal("spec.a=B", selector.ToString());
    }
}
