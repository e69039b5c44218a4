using System.Security.Cryptography;

namespace Dotkube.Images;

/// <summary>
/// Imports every <c>*.tar</c> in a directory (the agent's <c>DATA_DIR/agent/images/</c>) and
/// skips the ones imported before: same size and mtime, or, when those changed, same SHA-256.
/// A failed import is not remembered, so the next pass tries it again. Keep the state file
/// beside containerd's root (e.g. <c>DATA_DIR/agent/containerd/images-imported.json</c>) so that
/// wiping containerd's store also forgets what was imported into it.
/// </summary>
public sealed class ImageDirectoryImporter(string directory, string stateFile, Func<string, CancellationToken, Task<IReadOnlyList<string>>> import)
{
    public ImageDirectoryImporter(string directory, string stateFile, ImageImporter importer)
        : this(directory, stateFile, importer.ImportAsync)
    {
    }

    /// <summary>One pass over the directory, in file name order; never throws for a single bad tarball.</summary>
    public async Task<IReadOnlyList<ImportedTarball>> ImportChangedAsync(CancellationToken cancellationToken)
    {
        var state = ImportState.Load(stateFile);
        var files = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.tar").Order(StringComparer.Ordinal).Select(f => new FileInfo(f)).ToList()
            : [];
        var results = new List<ImportedTarball>();
        foreach (var file in files)
        {
            results.Add(await ImportIfChangedAsync(file, state, cancellationToken));
        }

        // Files that are gone are forgotten: when one comes back it is imported again.
        foreach (var gone in state.Files.Keys.Except(files.Select(f => f.Name)).ToList())
        {
            state.Files.Remove(gone);
        }

        state.Save(stateFile);
        return results;
    }

    private async Task<ImportedTarball> ImportIfChangedAsync(FileInfo file, ImportState state, CancellationToken cancellationToken)
    {
        state.Files.TryGetValue(file.Name, out var known);
        if (known is not null && known.Size == file.Length && known.ModifiedUtc == file.LastWriteTimeUtc)
            return new ImportedTarball(file.FullName, known.Images, Skipped: true);

        string sha256;
        await using (var stream = file.OpenRead())
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        }

        if (known is not null && known.Sha256 == sha256)
        {
            state.Files[file.Name] = known with { Size = file.Length, ModifiedUtc = file.LastWriteTimeUtc };
            return new ImportedTarball(file.FullName, known.Images, Skipped: true);
        }

        try
        {
            var images = await import(file.FullName, cancellationToken);
            state.Files[file.Name] = new ImportRecord(file.Length, file.LastWriteTimeUtc, sha256, images);
            return new ImportedTarball(file.FullName, images, Skipped: false);
        }
        catch (ImageImportException e)
        {
            state.Files.Remove(file.Name);
            return new ImportedTarball(file.FullName, [], Skipped: false, e.Message);
        }
    }
}
