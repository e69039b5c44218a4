using Dotkube.Api.Serialization;

namespace Dotkube.ApiServer.Tests.Metrics;

public sealed class PrometheusFloatTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.005, "0.005")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1e-7, "1e-07")]
    [InlineData(60.0, "60")]
    [InlineData(1000.0, "1000")]
    [InlineData(123456.0, "123456")]
    [InlineData(1e6, "1e+06")]
    [InlineData(1234567.0, "1.234567e+06")]
    [InlineData(100624648.0, "1.00624648e+08")]
    [InlineData(1e21, "1e+21")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    public void Format_MatchesGoStrconvG(double value, string expected)
    {
        Assert.Equal(expected, GoFloat.FormatG(value, single: false));
    }
}
