using Dotkube.Images;

namespace Dotkube.Tests.Images;

public sealed class ImageDirectoryImporterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dotkube-image-dir-").FullName;
    private readonly List<string> _imported = [];
    private readonly HashSet<string> _failing = [];

    private string Images => Path.Combine(_root, "images");

    private string StateFile => Path.Combine(_root, "containerd", "images-imported.json");

    public ImageDirectoryImporterTests() => Directory.CreateDirectory(Images);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Every_tarball_is_imported_once_and_skipped_after_that_even_by_a_new_importer()
    {
        Write("b.tar", "bbb");
        Write("a.tar", "aaa");
        Write("notes.txt", "not an image");

        var first = await PassAsync();
        var second = await PassAsync();

        Assert.Equal(["a.tar", "b.tar"], _imported);
        Assert.Equal([(Path.Combine(Images, "a.tar"), false), (Path.Combine(Images, "b.tar"), false)], first.Select(r => (r.File, r.Skipped)));
        Assert.All(second, r => Assert.True(r.Skipped));
        Assert.Equal(["image-of-a.tar"], second[0].Images);
    }

    [Fact]
    public async Task A_touched_file_with_the_same_content_is_skipped_and_a_changed_one_imported_again()
    {
        Write("same.tar", "content");
        Write("changed.tar", "v1");
        await PassAsync();

        File.SetLastWriteTimeUtc(Path.Combine(Images, "same.tar"), DateTime.UtcNow.AddMinutes(5));
        Write("changed.tar", "v2");
        var results = await PassAsync();

        Assert.Equal(["changed.tar", "same.tar", "changed.tar"], _imported);
        Assert.Equal([false, true], results.Select(r => r.Skipped));
    }

    [Fact]
    public async Task A_failed_import_is_reported_and_tried_again_on_the_next_pass()
    {
        Write("bad.tar", "x");
        _failing.Add("bad.tar");

        var failed = await PassAsync();
        _failing.Clear();
        var retried = await PassAsync();

        Assert.Equal("ctr said no", failed.Single().Error);
        Assert.Equal((false, null), (retried.Single().Skipped, retried.Single().Error));
        Assert.Equal(["bad.tar", "bad.tar"], _imported);
    }

    [Fact]
    public async Task A_removed_file_is_forgotten_and_imported_again_when_it_comes_back()
    {
        Write("a.tar", "aaa");
        await PassAsync();

        File.Delete(Path.Combine(Images, "a.tar"));
        Assert.Empty(await PassAsync());
        Write("a.tar", "aaa");
        await PassAsync();

        Assert.Equal(["a.tar", "a.tar"], _imported);
    }

    [Fact]
    public async Task A_missing_directory_or_damaged_state_is_not_an_error()
    {
        Directory.Delete(Images);
        Assert.Empty(await PassAsync());

        Directory.CreateDirectory(Images);
        Write("a.tar", "aaa");
        File.WriteAllText(StateFile, "{not json");
        Assert.False((await PassAsync()).Single().Skipped);
    }

    private Task<IReadOnlyList<ImportedTarball>> PassAsync() =>
        new ImageDirectoryImporter(Images, StateFile, FakeImportAsync).ImportChangedAsync(CancellationToken.None);

    private Task<IReadOnlyList<string>> FakeImportAsync(string file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        _imported.Add(name);
        return _failing.Contains(name)
            ? throw new ImageImportException("ctr said no")
            : Task.FromResult<IReadOnlyList<string>>(["image-of-" + name]);
    }

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(Images, name), content);
}
