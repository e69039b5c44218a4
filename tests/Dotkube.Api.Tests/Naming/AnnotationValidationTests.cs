using Dotkube.Api.Naming;

namespace Dotkube.Api.Tests.Naming;

public class AnnotationValidationTests
{
    [Fact]
    public void ValidateSize_AtLimit_IsValid()
    {
        var annotations = new Dictionary<string, string> { ["a"] = new string('x', AnnotationValidation.TotalAnnotationSizeLimitBytes - 1) };

        Assert.Null(AnnotationValidation.ValidateSize(annotations));
        Assert.Null(AnnotationValidation.ValidateSize(null));
    }

    [Fact]
    public void ValidateSize_OverLimit_ReturnsUpstreamMessage()
    {
        var annotations = new Dictionary<string, string> { ["a"] = new string('x', AnnotationValidation.TotalAnnotationSizeLimitBytes) };

        Assert.Equal("annotations size 262145 is larger than limit 262144", AnnotationValidation.ValidateSize(annotations));
    }

    [Fact]
    public void TotalSize_CountsUtf8Bytes() =>
        Assert.Equal(3, AnnotationValidation.TotalSize(new Dictionary<string, string> { ["a"] = "é" }));

    [Theory]
    [InlineData("Example.COM/Key", true)]
    [InlineData("example.com/key", true)]
    [InlineData("a/b/c", false)]
    public void ValidateKey_IgnoresCase(string key, bool valid) =>
        Assert.Equal(valid, AnnotationValidation.ValidateKey(key).Count == 0);
}
