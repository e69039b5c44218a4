using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dotkube.Images;

/// <summary>
/// What <see cref="ImageDirectoryImporter"/> imported, per file name: size and mtime (a cheap
/// "unchanged" check), the content's SHA-256 (so a touched but identical file is not imported
/// again) and the image names. Saved as JSON, replaced atomically.
/// </summary>
internal sealed record ImportState(Dictionary<string, ImportRecord> Files)
{
    public static ImportState Load(string path)
    {
        if (!File.Exists(path))
            return new ImportState([]);
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), ImportStateJson.Default.ImportState) ?? new ImportState([]);
        }
        catch (JsonException)
        {
            // A damaged state only costs re-importing every tarball once.
            return new ImportState([]);
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, ImportStateJson.Default.ImportState));
        File.Move(temporary, path, overwrite: true);
    }
}

internal sealed record ImportRecord(long Size, DateTime ModifiedUtc, string Sha256, IReadOnlyList<string> Images);

[JsonSerializable(typeof(ImportState))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class ImportStateJson : JsonSerializerContext;
