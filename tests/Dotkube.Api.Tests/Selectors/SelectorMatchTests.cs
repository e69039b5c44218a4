using Dotkube.Api.Selectors;

namespace Dotkube.Api.Tests.Selectors;

public class SelectorMatchTests
{
    private static Dictionary<string, string> Labels(string spec) =>
        spec.Length == 0
            ? []
            : spec.Split(',').Select(p => p.Split(':')).ToDictionary(p => p[0], p => p[1]);

    [Theory]
    [InlineData("", "x:y", true)]
    [InlineData("x=y", "x:y", true)]
    [InlineData("x=y,z=w", "x:y,z:w", true)]
    [InlineData("x!=y,z!=w", "x:z,z:a", true)]
    [InlineData("notin=in", "notin:in", true)]
    [InlineData("x", "x:z", true)]
    [InlineData("!x", "y:z", true)]
    [InlineData("x>1", "x:2", true)]
    [InlineData("x<1", "x:0", true)]
    [InlineData("x>-1", "x:0", false)]
    [InlineData("x=z", "", false)]
    [InlineData("x=y", "x:z", false)]
    [InlineData("x=y,z=w", "x:w,z:w", false)]
    [InlineData("x!=y,z!=w", "x:z,z:w", false)]
    [InlineData("x", "y:z", false)]
    [InlineData("!x", "x:z", false)]
    [InlineData("x>1", "x:0", false)]
    [InlineData("x<1", "x:2", false)]
    [InlineData("z>1", "z:v2", false)]
    [InlineData("z>1", "", false)]
    [InlineData("x notin (a)", "", true)]
    [InlineData("x notin (a)", "x:a", false)]
    [InlineData("x notin (a)", "x:b", true)]
    [InlineData("x!=a", "", true)]
    [InlineData("x in (a,b)", "x:b", true)]
    [InlineData("x in (a,b)", "", false)]
    [InlineData("x in ()", "x:", true)]
    [InlineData("x in ()", "y:baz", false)]
    [InlineData("x notin (),y", "y:", true)]
    [InlineData("x notin (),!y", "y:", false)]
    [InlineData("!x,y", "y:", true)]
    [InlineData("foo=bar,foobar=bar,baz=blah", "foo:bar,baz:blah", false)]
    public void Matches_Labels_FollowsSetSemantics(string selector, string labels, bool expected)
    {
        // ">-1" does not even parse (label values cannot start with '-'), so it is checked through the error.
        if (!Selector.TryParse(selector, out var parsed, out _))
        {
            Assert.False(expected);
            return;
        }

        Assert.Equal(expected, parsed.Matches(Labels(labels)));
    }

    [Fact]
    public void EverythingAndNothing_BehaveAsUpstream()
    {
        Assert.True(Selector.Everything.Matches(Labels("x:y")));
        Assert.True(Selector.Everything.Matches(null));
        Assert.True(Selector.Everything.IsEmpty);
        Assert.False(Selector.Nothing.Matches(Labels("x:y")));
        Assert.False(Selector.Nothing.Matches(Labels("")));
        Assert.False(Selector.Nothing.IsEmpty);
        Assert.True(Selector.Nothing.IsNothing);
        Assert.Equal("", Selector.Nothing.ToString());
        Assert.True(Selector.Parse("").IsEmpty);
    }

    [Fact]
    public void FromSet_Labels_MatchesExactlyAndSortsKeys()
    {
        var selector = Selector.FromSet(Labels("foo:bar,baz:blah"));

        Assert.Equal("baz=blah,foo=bar", selector.ToString());
        Assert.True(selector.Matches(Labels("foo:bar,baz:blah,x:y")));
        Assert.False(selector.Matches(Labels("foo:bar")));
        Assert.True(Selector.FromSet(null).IsEmpty);
    }

    [Fact]
    public void Add_Requirement_KeepsKeyOrder()
    {
        var selector = Selector.Parse("key in (value)")
            .Add(LabelRequirement.Create("a", SelectionOperator.Equal, ["b"]));

        Assert.Equal("a=b,key in (value)", selector.ToString());
    }

    [Theory]
    [InlineData("a=b", "a", "b")]
    [InlineData("a==b", "a", "b")]
    [InlineData("a in (b)", "a", "b")]
    [InlineData("a in (b,c)", "a", null)]
    [InlineData("a!=b", "a", null)]
    [InlineData("x=y,a=b", "a", "b")]
    [InlineData("x=y", "a", null)]
    public void RequiresExactMatch_Label_ReturnsPinnedValue(string selector, string label, string? expected)
    {
        var found = Selector.Parse(selector).RequiresExactMatch(label, out var value);

        Assert.Equal(expected is not null, found);
        Assert.Equal(expected, value);
    }
}
