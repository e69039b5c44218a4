using System.Text;
using Dotkube.Kubelet.Logs;

namespace Dotkube.Kubelet.Tests.Logs;

public sealed class ContainerLogReaderTests : IDisposable
{
    private const string T1 = "2024-05-01T10:00:01.000000001Z";
    private const string T2 = "2024-05-01T10:00:02.5Z";
    private const string T3 = "2024-05-01T10:00:03.123456789Z";

    private static readonly string Sample = string.Concat(
        $"{T1} stdout F one\n",
        $"{T1} stderr F warning\n",
        $"{T2} stdout P two ",
        "\n",
        $"{T2} stdout P and ",
        "\n",
        $"{T2} stdout F a half\n",
        "garbage that is not CRI\n",
        $"{T3} stdout F three\n");

    private readonly string _dir = Directory.CreateTempSubdirectory("dk-logs-").FullName;

    public static TheoryData<string, ContainerLogOptions, string> Cases => new()
    {
        { "everything", new ContainerLogOptions(), "one\nwarning\ntwo and a half\nthree\n" },
        { "tail of file lines", new ContainerLogOptions { TailLines = 2 }, "three\n" },
        { "tail through partial pieces", new ContainerLogOptions { TailLines = 4 }, "and a half\nthree\n" },
        { "tail zero", new ContainerLogOptions { TailLines = 0 }, "" },
        { "since", new ContainerLogOptions { Since = DateTimeOffset.Parse("2024-05-01T10:00:02Z") }, "two and a half\nthree\n" },
        { "since and tail", new ContainerLogOptions { TailLines = 7, Since = DateTimeOffset.Parse("2024-05-01T10:00:03Z") }, "three\n" },
        { "limit bytes cuts the last line", new ContainerLogOptions { LimitBytes = 10 }, "one\nwarnin" },
        { "limit bytes on a line end", new ContainerLogOptions { LimitBytes = 4 }, "one\n" },
        {
            "timestamps once per joined line",
            new ContainerLogOptions { Timestamps = true, TailLines = 6 },
            $"{T1} warning\n2024-05-01T10:00:02.500000000Z two and a half\n{T3} three\n"
        },
        { "limit bytes counts timestamps", new ContainerLogOptions { Timestamps = true, LimitBytes = 15 }, "2024-05-01T10:0" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_log_is_read_as_upstream_reads_it(string name, ContainerLogOptions options, string expected)
    {
        Assert.NotEmpty(name);
        var path = Write(Sample);
        Assert.Equal(expected, await ReadAsync(path, options));
    }

    [Fact]
    public async Task An_unterminated_last_line_is_shown_when_not_following()
    {
        var path = Write($"{T1} stdout F one\n{T2} stdout F cut off");
        Assert.Equal("one\ncut off", await ReadAsync(path, new ContainerLogOptions()));
    }

    [Fact]
    public async Task A_follow_streams_new_lines_and_ends_after_the_container_stops()
    {
        var path = Write($"{T1} stdout F one\n{T1} stdout F two\n");
        var running = true;
        var output = new SignallingStream();
        var reader = new ContainerLogReader(TimeProvider.System) { PollInterval = TimeSpan.FromMilliseconds(10), StateCheckInterval = TimeSpan.FromMilliseconds(20) };
        await using var file = ContainerLogReader.Open(path);
        var follow = reader.CopyAsync(file, new ContainerLogOptions { Follow = true, TailLines = 1 }, output, _ => Task.FromResult(Volatile.Read(ref running)),
            CancellationToken.None);

        await output.WaitForAsync("two\n");
        await File.AppendAllTextAsync(path, $"{T2} stdout P thr");
        await File.AppendAllTextAsync(path, $"\n{T2} stdout F ee\n");
        await output.WaitForAsync("two\nthree\n");
        Assert.False(follow.IsCompleted);

        await File.AppendAllTextAsync(path, $"{T3} stdout F last words\n");
        Volatile.Write(ref running, false);
        await follow.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("two\nthree\nlast words\n", output.Text);
    }

    [Fact]
    public async Task A_follow_stops_when_the_request_is_cancelled()
    {
        var path = Write($"{T1} stdout F one\n");
        using var cancel = new CancellationTokenSource();
        var reader = new ContainerLogReader(TimeProvider.System) { PollInterval = TimeSpan.FromMilliseconds(10) };
        await using var file = ContainerLogReader.Open(path);
        var follow = reader.CopyAsync(file, new ContainerLogOptions { Follow = true }, new MemoryStream(), _ => Task.FromResult(true), cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => follow.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<string> ReadAsync(string path, ContainerLogOptions options)
    {
        using var output = new MemoryStream();
        await using var file = ContainerLogReader.Open(path);
        await new ContainerLogReader(TimeProvider.System).CopyAsync(file, options, output, _ => Task.FromResult(false), CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private string Write(string content)
    {
        var path = Path.Combine(_dir, "0.log");
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>A memory stream a test can wait on until it holds some text.</summary>
    private sealed class SignallingStream : MemoryStream
    {
        private readonly Lock _lock = new();

        public string Text
        {
            get
            {
                lock (_lock)
                    return Encoding.UTF8.GetString(ToArray());
            }
        }

        public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            await WriteAsync(buffer.AsMemory(offset, count), cancellationToken);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            lock (_lock)
                Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public async Task WaitForAsync(string expected)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (Text != expected)
            {
                Assert.False(timeout.IsCancellationRequested, $"the output stayed \"{Text}\", expected \"{expected}\"");
                await Task.Delay(10, CancellationToken.None);
            }
        }
    }
}
