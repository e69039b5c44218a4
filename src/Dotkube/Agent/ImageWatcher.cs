using System.Threading.Channels;
using Dotkube.Images;
using Microsoft.Extensions.Logging;

namespace Dotkube.Agent;

/// <summary>
/// Imports the image tarballs of some directories into the agent's containerd at start and again
/// whenever a file appears or changes there (FileSystemWatcher; a second's quiet first, so a file
/// still being copied is read whole), skipping unchanged ones (<see cref="ImageDirectoryImporter"/>).
/// Each directory keeps its own import state beside containerd's root, so wiping containerd also
/// forgets what was imported into it.
/// </summary>
public sealed partial class ImageWatcher(IReadOnlyList<string> directories, string stateDir, ImageImporter importer, TimeProvider time, ILogger<ImageWatcher> logger)
{
    /// <summary>How long the directories must be quiet after a change before importing.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    /// <summary>Imports everything once, then on every change until <paramref name="ct"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        var changes = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        var watchers = directories.Where(Directory.Exists).Select(dir => Watch(dir, changes.Writer)).ToList();
        try
        {
            await ImportAllAsync(ct);
            while (await changes.Reader.WaitToReadAsync(ct))
            {
                await Task.Delay(Settle, time, ct);
                changes.Reader.TryRead(out _);
                await ImportAllAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            watchers.ForEach(w => w.Dispose());
        }
    }

    /// <summary>One pass over every directory; returns what was imported (not skipped).</summary>
    public async Task<IReadOnlyList<ImportedTarball>> ImportAllAsync(CancellationToken ct)
    {
        var imported = new List<ImportedTarball>();
        foreach (var dir in directories)
        {
            var state = Path.Combine(stateDir, $"images-imported-{StateName(dir)}.json");
            foreach (var result in await new ImageDirectoryImporter(dir, state, importer).ImportChangedAsync(ct))
            {
                if (result.Error is { } error)
                {
                    LogImportFailed(logger, result.File, error);
                }
                else if (!result.Skipped)
                {
                    LogImported(logger, result.File, string.Join(", ", result.Images));
                    imported.Add(result);
                }
            }
        }

        return imported;
    }

    private static FileSystemWatcher Watch(string dir, ChannelWriter<string> changes)
    {
        var watcher = new FileSystemWatcher(dir, "*.tar") { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler changed = (_, e) => changes.TryWrite(e.FullPath);
        watcher.Created += changed;
        watcher.Changed += changed;
        watcher.Renamed += (_, e) => changes.TryWrite(e.FullPath);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>A short stable name per directory for its state file.</summary>
    private static string StateName(string dir) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(dir))))[..12];

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {File}: {Images}")]
    private static partial void LogImported(ILogger logger, string file, string images);

    [LoggerMessage(Level = LogLevel.Error, Message = "Importing {File} failed: {Error}")]
    private static partial void LogImportFailed(ILogger logger, string file, string error);
}
