using System.Text;

namespace Dotkube.Kubelet.Linux;

/// <summary>The mount table as the kernel reports it (/proc/self/mountinfo), and cleanup of what lies under a directory.</summary>
public static class Mounts
{
    /// <summary>Mount points at or under <paramref name="directory"/>, deepest first (the order they can be unmounted in).</summary>
    public static IReadOnlyList<string> Under(string directory)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        return File.ReadLines("/proc/self/mountinfo")
            .Select(MountPoint)
            .Where(point => point == root || point.StartsWith(root + "/", StringComparison.Ordinal))
            .Distinct()
            .OrderByDescending(point => point.Length)
            .ToList();
    }

    /// <summary>
    /// Lazily unmounts everything at or under <paramref name="directory"/> (snapshot mounts, sandbox
    /// shm, network namespaces) so the directory can be removed. Returns what was unmounted.
    /// </summary>
    public static IReadOnlyList<string> UnmountUnder(string directory)
    {
        var unmounted = new List<string>();
        foreach (var point in Under(directory))
        {
            if (LibC.Unmount(point, LibC.MntDetach) == 0)
            {
                unmounted.Add(point);
            }
        }

        return unmounted;
    }

    /// <summary>Field 5 of a mountinfo line, with the kernel's octal escapes (\040 for a space) decoded.</summary>
    internal static string MountPoint(string line)
    {
        var field = line.Split(' ')[4];
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var decoded = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length)
            {
                decoded.Append((char)Convert.ToInt32(field.Substring(i + 1, 3), 8));
                i += 3;
            }
            else
            {
                decoded.Append(field[i]);
            }
        }

        return decoded.ToString();
    }
}
