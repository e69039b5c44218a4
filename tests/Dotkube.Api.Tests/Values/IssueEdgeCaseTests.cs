using Dotkube.Api.Meta;
using Dotkube.Api.Selectors;
using Dotkube.Api.Values;

namespace Dotkube.Api.Tests.Values;

/// <summary>
/// The edge cases named in issue 2, pinned to upstream's behaviour. Two differ from the issue's
/// wording and follow upstream (apimachinery's own tests): "1e3" keeps its exponent form (it
/// equals "1k" by value), and the string selector "k in ()" parses as In {""}; the error case is
/// a LabelSelector whose In requirement has no values.
/// </summary>
public class IssueEdgeCaseTests
{
    [Theory]
    [InlineData("0.1", "100m")]
    [InlineData("1000m", "1")]
    [InlineData("1024Mi", "1Gi")]
    [InlineData("1e3", "1e3")]
    [InlineData("1000", "1k")]
    public void Parse_CanonicalForm_IsUpstreams(string input, string canonical) =>
        Assert.Equal(canonical, Quantity.Parse(input).ToString());

    [Theory]
    [InlineData("5Gi", "5120Mi")]
    [InlineData("1e3", "1k")]
    [InlineData("1", "1000m")]
    [InlineData("0.5", "500m")]
    public void Compare_EqualValuesInDifferentUnits_AreEqual(string left, string right)
    {
        Assert.Equal(0, Quantity.Parse(left).CompareTo(Quantity.Parse(right)));
        Assert.Equal(Quantity.Parse(left), Quantity.Parse(right));
    }

    [Fact]
    public void ParseSelector_InWithEmptyParentheses_IsInEmptyString()
    {
        var selector = Selector.Parse("k in ()");

        Assert.True(selector.Matches(new Dictionary<string, string> { ["k"] = "" }));
        Assert.False(selector.Matches(new Dictionary<string, string> { ["k"] = "v" }));
        Assert.False(selector.Matches(new Dictionary<string, string>()));
    }

    [Fact]
    public void FromLabelSelector_InWithoutValues_IsAnError()
    {
        var selector = new LabelSelector { MatchExpressions = [new LabelSelectorRequirement { Key = "k", Operator = "In", Values = [] }] };

        Assert.ThrowsAny<Exception>(() => Selector.FromLabelSelector(selector));
    }

    [Theory]
    [InlineData("k in (a")]
    [InlineData("k notin a")]
    [InlineData("k==a==b")]
    [InlineData("!k=a")]
    public void ParseSelector_Malformed_IsAnError(string text) =>
        Assert.ThrowsAny<Exception>(() => Selector.Parse(text));
}
