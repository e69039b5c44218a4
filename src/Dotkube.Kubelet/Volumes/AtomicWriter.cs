using System.Globalization;

namespace Dotkube.Kubelet.Volumes;

/// <summary>
/// Projects a set of files into a directory so that readers see either the old set or the new
/// one, never a mix, as upstream's AtomicWriter (pkg/volume/util/atomic_writer.go). The files
/// live in a hidden timestamped directory (<c>..2024_05_01_10_00_00.123</c>); <c>..data</c> is a
/// symlink to it; each visible top-level name is a symlink into <c>..data</c>. An update writes a
/// new timestamped directory, points <c>..data_tmp</c> at it and renames that over <c>..data</c>
/// (rename is atomic), then removes the visible names that went away and the old directory.
/// Names starting with ".." are reserved. Not thread-safe: one writer per directory.
/// </summary>
public sealed class AtomicWriter(string targetDirectory)
{
    public const string DataDirName = "..data";
    private const string NewDataDirName = "..data_tmp";
    private const int MaxFileNameLength = 255;
    private const int MaxPathLength = 4096;

    public string TargetDirectory { get; } = targetDirectory;

    /// <summary>Writes <paramref name="payload"/> (relative path -> file); returns whether anything changed.</summary>
    public bool Write(IReadOnlyDictionary<string, FileProjection> payload, DateTimeOffset now)
    {
        var files = Validate(payload);
        Directory.CreateDirectory(TargetDirectory);
        var dataLink = Path.Combine(TargetDirectory, DataDirName);
        var oldName = new FileInfo(dataLink).LinkTarget;
        var oldDirectory = oldName is null ? null : Path.Combine(TargetDirectory, oldName);
        var oldFiles = oldDirectory is not null && Directory.Exists(oldDirectory) ? ListFiles(oldDirectory) : [];
        if (oldDirectory is not null && Directory.Exists(oldDirectory) && Unchanged(oldDirectory, oldFiles, files))
            return false;

        var newDirectory = CreateTimestampedDirectory(now);
        foreach (var (path, file) in files)
        {
            var full = Path.Combine(newDirectory, path);
            var parent = Path.GetDirectoryName(full)!;
            if (!Directory.Exists(parent))
                UnixModes.CreateDirectory(parent, UnixModes.Directory);
            File.WriteAllBytes(full, file.Data);
            UnixModes.Set(full, file.Mode);
        }

        var visible = files.Keys.Select(TopLevel).ToHashSet(StringComparer.Ordinal);
        foreach (var name in visible)
        {
            var link = Path.Combine(TargetDirectory, name);
            if (new FileInfo(link).LinkTarget is null)
                File.CreateSymbolicLink(link, Path.Combine(DataDirName, name));
        }

        var newLink = Path.Combine(TargetDirectory, NewDataDirName);
        if (File.Exists(newLink) || new FileInfo(newLink).LinkTarget is not null)
            File.Delete(newLink);
        File.CreateSymbolicLink(newLink, Path.GetFileName(newDirectory));
        UnixFiles.Rename(newLink, dataLink); // rename(2) replaces the old link at once: the swap readers see

        foreach (var gone in oldFiles.Select(TopLevel).Distinct(StringComparer.Ordinal).Where(n => !visible.Contains(n)))
            File.Delete(Path.Combine(TargetDirectory, gone));
        if (oldDirectory is not null && Directory.Exists(oldDirectory))
            Directory.Delete(oldDirectory, recursive: true);
        return true;
    }

    /// <summary>Whether a payload was ever written here (the volume is set up).</summary>
    public bool HasData => new FileInfo(Path.Combine(TargetDirectory, DataDirName)).LinkTarget is not null;

    /// <summary>Upstream's validatePayload/validatePath: relative, no "..", not reserved, within Linux name limits; paths cleaned.</summary>
    public static Dictionary<string, FileProjection> Validate(IReadOnlyDictionary<string, FileProjection> payload)
    {
        var cleaned = new Dictionary<string, FileProjection>(StringComparer.Ordinal);
        foreach (var (path, file) in payload)
        {
            ValidatePath(path);
            cleaned[Clean(path)] = file;
        }

        return cleaned;
    }

    private static void ValidatePath(string path)
    {
        if (path.Length == 0)
            throw new VolumeSetupException($"invalid path: must not be empty: \"{path}\"");
        if (path.StartsWith('/'))
            throw new VolumeSetupException($"invalid path: must be relative path: {path}");
        if (path.Length > MaxPathLength)
            throw new VolumeSetupException($"invalid path: must be less than or equal to {MaxPathLength} characters");
        var segments = path.Split('/');
        if (segments.Any(s => s.Length > MaxFileNameLength))
            throw new VolumeSetupException($"invalid path: filenames must be less than or equal to {MaxFileNameLength} characters");
        if (segments[0].StartsWith("..", StringComparison.Ordinal) && segments[0].Length > 2)
            throw new VolumeSetupException($"invalid path: must not start with '..': {path}");
        if (segments.Contains(".."))
            throw new VolumeSetupException($"invalid path: must not contain '..': {path}");
    }

    private static string Clean(string path) => string.Join('/', path.Split('/').Where(s => s.Length > 0 && s != "."));

    private static string TopLevel(string path) => path.Split('/')[0];

    private string CreateTimestampedDirectory(DateTimeOffset now)
    {
        // As upstream's os.MkdirTemp with the pattern "..2006_01_02_15_04_05.": a time, then a unique suffix.
        var stem = ".." + now.UtcDateTime.ToString("yyyy_MM_dd_HH_mm_ss", CultureInfo.InvariantCulture) + ".";
        for (var suffix = now.Ticks % 1_000_000_000; ; suffix++)
        {
            var path = Path.Combine(TargetDirectory, stem + suffix.ToString(CultureInfo.InvariantCulture));
            if (Directory.Exists(path))
                continue;
            UnixModes.CreateDirectory(path, UnixModes.Directory);
            return path;
        }
    }

    private static List<string> ListFiles(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))];

    private static bool Unchanged(string oldDirectory, List<string> oldFiles, Dictionary<string, FileProjection> files)
    {
        if (oldFiles.Count != files.Count || oldFiles.Any(f => !files.ContainsKey(f)))
            return false;
        foreach (var (path, file) in files)
        {
            var full = Path.Combine(oldDirectory, path);
            if (UnixModes.Get(full) != file.Mode || !File.ReadAllBytes(full).AsSpan().SequenceEqual(file.Data))
                return false;
        }

        return true;
    }
}
