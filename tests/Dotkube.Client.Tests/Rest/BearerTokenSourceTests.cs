using Dotkube.Client.Rest;

namespace Dotkube.Client.Tests.Rest;

public sealed class BearerTokenSourceTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Current_TokenFile_IsRereadOnlyAfterAMinute()
    {
        var time = new SteppedTime();
        File.WriteAllText(_file, "one\n");
        var source = new BearerTokenSource(null, _file, time);
        Assert.Equal("one", source.Current());

        File.WriteAllText(_file, "two");
        time.Now += TimeSpan.FromSeconds(59);
        Assert.Equal("one", source.Current());
        time.Now += TimeSpan.FromSeconds(1);
        Assert.Equal("two", source.Current());
    }

    [Fact]
    public void Current_FileVanishes_KeepsTheLastToken()
    {
        var time = new SteppedTime();
        File.WriteAllText(_file, "kept");
        var source = new BearerTokenSource(null, _file, time);
        Assert.Equal("kept", source.Current());

        File.Delete(_file);
        time.Now += TimeSpan.FromMinutes(5);
        Assert.Equal("kept", source.Current());
    }

    [Fact]
    public void Current_FixedToken_WinsOverTheFile()
    {
        Assert.Equal("fixed", new BearerTokenSource("fixed", _file, TimeProvider.System).Current());
        Assert.Null(new BearerTokenSource(null, null, TimeProvider.System).Current());
    }

    /// <summary>Just enough of a clock for the re-read interval.</summary>
    private sealed class SteppedTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
