using System.Formats.Tar;

namespace Dotkube.Tests.Images;

/// <summary>One tar entry's header fields and, for a regular file, its bytes.</summary>
public sealed record TarEntrySnapshot(string Name, TarEntryType Type, UnixFileMode Mode, int Uid, int Gid, DateTimeOffset ModificationTime, string LinkName, byte[]? Content)
{
    public static List<TarEntrySnapshot> ReadAll(Stream stream)
    {
        using var reader = new TarReader(stream);
        var entries = new List<TarEntrySnapshot>();
        while (reader.GetNextEntry() is { } entry)
        {
            byte[]? content = null;
            if (entry.DataStream is { } data)
            {
                using var copy = new MemoryStream();
                data.CopyTo(copy);
                content = copy.ToArray();
            }

            entries.Add(new TarEntrySnapshot(entry.Name.TrimEnd('/'), entry.EntryType, entry.Mode, entry.Uid, entry.Gid, entry.ModificationTime, entry.LinkName, content));
        }

        return entries;
    }
}
