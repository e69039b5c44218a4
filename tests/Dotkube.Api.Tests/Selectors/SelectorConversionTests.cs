using Dotkube.Api.Meta;
using Dotkube.Api.Selectors;

namespace Dotkube.Api.Tests.Selectors;

public class SelectorConversionTests
{
    [Fact]
    public void FromLabelSelector_Null_SelectsNothing()
    {
        var selector = Selector.FromLabelSelector(null);

        Assert.True(selector.IsNothing);
        Assert.False(selector.Matches(new Dictionary<string, string>()));
    }

    [Fact]
    public void FromLabelSelector_Empty_SelectsEverything()
    {
        var selector = Selector.FromLabelSelector(new LabelSelector { MatchLabels = [], MatchExpressions = [] });

        Assert.True(selector.IsEmpty);
        Assert.True(selector.Matches(new Dictionary<string, string> { ["a"] = "b" }));
    }

    [Fact]
    public void FromLabelSelector_LabelsAndExpressions_CombineSortedByKey()
    {
        var selector = Selector.FromLabelSelector(new LabelSelector
        {
            MatchLabels = new() { ["b"] = "2", ["a"] = "1" },
            MatchExpressions =
            [
                new() { Key = "c", Operator = "In", Values = ["y", "x"] },
                new() { Key = "0", Operator = "NotIn", Values = ["z"] },
                new() { Key = "d", Operator = "Exists" },
                new() { Key = "e", Operator = "DoesNotExist", Values = [] },
            ],
        });

        Assert.Equal("0 notin (z),a=1,b=2,c in (x,y),d,!e", selector.ToString());
        Assert.True(selector.Matches(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "x", ["d"] = "" }));
        Assert.False(selector.Matches(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "x", ["d"] = "", ["e"] = "" }));
    }

    [Theory]
    [InlineData("Foo", null, "\"Foo\" is not a valid label selector operator")]
    [InlineData("in", null, "\"in\" is not a valid label selector operator")]
    [InlineData("In", null, "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty")]
    [InlineData("NotIn", "", "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty")]
    [InlineData("Exists", "a", "values: Invalid value: []string{\"a\"}: values set must be empty for exists and does not exist")]
    [InlineData("In", "a b", "values[0][k]: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")]
    public void TryFromLabelSelector_InvalidExpression_ReturnsUpstreamError(string op, string? values, string expected)
    {
        var labelSelector = new LabelSelector
        {
            MatchExpressions = [new() { Key = "k", Operator = op, Values = values is null ? null : values.Length == 0 ? [] : [values] }],
        };

        Assert.False(Selector.TryFromLabelSelector(labelSelector, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryFromLabelSelector_InvalidKeyAndValues_AggregatesErrors()
    {
        var labelSelector = new LabelSelector { MatchExpressions = [new() { Key = "a/b/c", Operator = "In" }] };

        Assert.False(Selector.TryFromLabelSelector(labelSelector, out _, out var error));
        Assert.Equal(
            "[key: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName'), "
            + "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty]",
            error);
    }

    [Fact]
    public void TryFromLabelSelector_InvalidMatchLabel_ReturnsKeyError()
    {
        var labelSelector = new LabelSelector { MatchLabels = new() { ["app"] = "-bad" } };

        Assert.False(Selector.TryFromLabelSelector(labelSelector, out _, out var error));
        Assert.StartsWith("values[0][app]: Invalid value: \"-bad\": a valid label must be", error, StringComparison.Ordinal);
    }
}
