using Dotkube.Api.Selectors;

namespace Dotkube.Api.Tests.Selectors;

public class SelectorParseTests
{
    private const string LabelValueRule = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    private const string NamePartRule = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

    [Theory]
    [InlineData("x=a,y=b,z=c", "x=a,y=b,z=c")]
    [InlineData("", "")]
    [InlineData("x!=a,y=b", "x!=a,y=b")]
    [InlineData("x=", "x=")]
    [InlineData("x= ", "x=")]
    [InlineData("x=,z= ", "x=,z=")]
    [InlineData("!x", "!x")]
    [InlineData("x>1", "x>1")]
    [InlineData("x>1,z<5", "x>1,z<5")]
    [InlineData("x==a", "x==a")]
    [InlineData("x=a,a=x", "a=x,x=a")]
    [InlineData("x,y", "x,y")]
    [InlineData("x in (b,a)", "x in (a,b)")]
    [InlineData("x in (a,a)", "x in (a)")]
    [InlineData("x in ()", "x in ()")]
    [InlineData("x notin ( )", "x notin ()")]
    [InlineData("x notin (, a)", "x notin (,a)")]
    [InlineData("x in (abc,)", "x in (,abc)")]
    [InlineData("a in (x,y,notin, z,in)", "a in (in,notin,x,y,z)")]
    [InlineData("notin=in", "notin=in")]
    [InlineData("\rx", "x")]
    [InlineData("foo  in\t (abc)", "foo in (abc)")]
    [InlineData("x notin\n (abc)", "x notin (abc)")]
    [InlineData("a ", "a")]
    [InlineData("this-is-a-dns.domain.com/key-with-dash", "this-is-a-dns.domain.com/key-with-dash")]
    [InlineData("0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)", "0.1.2.domain/99 notin (10.10.100.1,tick.tack.clock)")]
    [InlineData("x notin (abc,def),bar,z in (),w", "bar,w,x notin (abc,def),z in ()")]
    public void Parse_Valid_RoundTripsToCanonicalString(string input, string expected)
    {
        var selector = Selector.Parse(input);

        Assert.Equal(expected, selector.ToString());
        Assert.Equal(expected, Selector.Parse(expected).ToString());
    }

    [Theory]
    [InlineData("x=a||y=b", "unable to parse requirement: values[0][x]: Invalid value: \"a||y\": " + LabelValueRule)]
    [InlineData("x==a==b", "found '==', expected: ',' or 'end of string'")]
    [InlineData("!x=a", "found '=', expected: ',' or 'end of string'")]
    [InlineData("x<a", "unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value must be an integer")]
    [InlineData("x>1.1", "unable to parse requirement: values[0]: Invalid value: \"1.1\": for 'Gt', 'Lt' operators, the value must be an integer")]
    [InlineData(",x,y", "found ',', expected: !, identifier, or 'end of string'")]
    [InlineData("x nott in (y)", "unable to parse requirement: found 'nott', expected: in, notin, =, ==, !=, gt, lt")]
    [InlineData("a in (xyz),", "found '', expected: identifier after ','")]
    [InlineData("a in (xyz)b notin ()", "found 'b', expected: ',' or 'end of string'")]
    [InlineData("a in (xyz abc)", "unable to parse requirement: found 'abc', expected: ',' or ')'")]
    [InlineData("a notin(", "unable to parse requirement: found '', expected: ',', ')' or identifier")]
    [InlineData("a in x", "unable to parse requirement: found 'x' expected: '('")]
    [InlineData("a (", "unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt")]
    [InlineData("(", "found '(', expected: !, identifier, or 'end of string'")]
    [InlineData("x in (a,=)", "unable to parse requirement: found '=', expected: ',', or identifier")]
    [InlineData("-a=b", "unable to parse requirement: <nil>: Invalid value: \"-a\": " + NamePartRule)]
    public void TryParse_Invalid_ReturnsUpstreamError(string input, string expected)
    {
        Assert.False(Selector.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
        Assert.Equal(expected, Assert.Throws<FormatException>(() => Selector.Parse(input)).Message);
    }

    [Fact]
    public void Parse_TooLongKey_IsRejected()
    {
        Assert.False(Selector.TryParse(new string('a', 64), out _, out var error));
        Assert.Equal(
            "unable to parse requirement: <nil>: Invalid value: \"" + new string('a', 64) + "\": name part must be no more than 63 characters",
            error);
    }

    [Fact]
    public void Parse_Requirements_AreSortedByKeyWithValues()
    {
        var selector = Selector.Parse("z in (b,a),a!=1,m");

        Assert.Collection(
            selector.Requirements,
            r => Assert.Equal(("a", SelectionOperator.NotEqual, "1"), (r.Key, r.Operator, string.Join("|", r.Values))),
            r => Assert.Equal(("m", SelectionOperator.Exists, ""), (r.Key, r.Operator, string.Join("|", r.Values))),
            r => Assert.Equal(("z", SelectionOperator.In, "a|b"), (r.Key, r.Operator, string.Join("|", r.Values))));
    }
}
