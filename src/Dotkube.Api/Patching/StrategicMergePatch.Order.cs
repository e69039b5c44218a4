namespace Dotkube.Api.Patching;

public static partial class StrategicMergePatch
{
    /// <summary>Splits merged elements into those named by <paramref name="by"/> and the server-only rest.</summary>
    private static (List<object?> In, List<object?> ServerOnly) Partition(List<object?> merged, List<object?> by, string mergeKey)
    {
        var inList = new List<object?>();
        var serverOnly = new List<object?>();
        foreach (var element in merged)
        {
            bool found;
            if (mergeKey.Length == 0)
            {
                found = by.Any(b => GoValue.Equal(b, element));
            }
            else
            {
                var map = element as PatchMap ?? throw SmpErrors.BadArgType("map[string]interface {}", element);
                if (!map.TryGetValue(mergeKey, out var keyValue))
                {
                    throw SmpErrors.NoMergeKey(map, mergeKey);
                }

                found = FindByKey(by, mergeKey, keyValue) >= 0;
            }

            (found ? inList : serverOnly).Add(element);
        }

        return (inList, serverOnly);
    }

    /// <summary>
    /// Upstream normalizeElementOrder: patch elements sorted by the patch (or order list), server-only
    /// elements by the live list, then interleaved by live position. An element the live list does
    /// not have wins each comparison, which is why new elements land before the remaining live ones.
    /// </summary>
    private static List<object?> NormalizeElementOrder(
        List<object?> patchItems, List<object?> serverOnly, List<object?> patchOrder, List<object?> serverOrder, string mergeKey, bool isMap)
    {
        patchItems = SortByOrder(patchItems, patchOrder, mergeKey, isMap);
        serverOnly = SortByOrder(serverOnly, serverOrder, mergeKey, isMap);

        var result = new List<object?>(patchItems.Count + serverOnly.Count);
        int i = 0, j = 0;
        while (i < serverOnly.Count || j < patchItems.Count)
        {
            if (j >= patchItems.Count)
            {
                result.Add(serverOnly[i++]);
            }
            else if (i >= serverOnly.Count)
            {
                result.Add(patchItems[j++]);
            }
            else
            {
                var li = IndexOf(serverOrder, serverOnly[i], mergeKey, isMap);
                var ri = IndexOf(serverOrder, patchItems[j], mergeKey, isMap);
                result.Add(li >= 0 && ri >= 0 && li < ri ? serverOnly[i++] : patchItems[j++]);
            }
        }

        return result;
    }

    /// <summary>
    /// Upstream normalizeSliceOrder: for maps, every element (and order entry) needs the merge key
    /// and deletions go last; then a stable sort by position in <paramref name="order"/>.
    /// </summary>
    private static List<object?> SortByOrder(List<object?> toSort, List<object?> order, string mergeKey, bool isMap)
    {
        var deletions = new List<object?>();
        if (isMap)
        {
            foreach (var item in toSort.Concat(order))
            {
                var map = item as PatchMap ?? throw SmpErrors.BadArgType("map[string]interface {}", item);
                if (!map.ContainsKey(mergeKey))
                {
                    throw SmpErrors.NoMergeKey(map, mergeKey);
                }
            }

            (toSort, deletions) = SplitDeletions(toSort);
        }

        // Insertion sort with upstream's comparator (an element missing from the order compares as
        // "less"); this is what Go's sort.SliceStable does for the short lists patches carry.
        var sorted = new List<object?>(toSort);
        for (var a = 1; a < sorted.Count; a++)
        {
            for (var b = a; b > 0 && Less(sorted[b], sorted[b - 1]); b--)
            {
                (sorted[b], sorted[b - 1]) = (sorted[b - 1], sorted[b]);
            }
        }

        sorted.AddRange(deletions);
        return sorted;

        bool Less(object? x, object? y)
        {
            var ix = IndexOf(order, x, mergeKey, isMap);
            var iy = ix >= 0 ? IndexOf(order, y, mergeKey, isMap) : -1;
            return ix < 0 || iy < 0 || ix < iy;
        }
    }

    private static (List<object?> Kept, List<object?> Deleted) SplitDeletions(List<object?> list)
    {
        var kept = new List<object?>();
        var deleted = new List<object?>();
        foreach (var item in list)
        {
            var map = item as PatchMap ?? throw SmpErrors.BadArgType("map[string]interface {}", item);
            (map.TryGetValue(DirectiveMarker, out var d) && d is DeleteDirective ? deleted : kept).Add(item);
        }

        return (kept, deleted);
    }

    private static int IndexOf(List<object?> list, object? item, string mergeKey, bool isMap)
    {
        var wanted = isMap ? (item as PatchMap)?.GetValueOrDefault(mergeKey) : item;
        for (var i = 0; i < list.Count; i++)
        {
            var candidate = isMap ? (list[i] as PatchMap)?.GetValueOrDefault(mergeKey) : list[i];
            if (GoValue.Equal(candidate, wanted))
            {
                return i;
            }
        }

        return -1;
    }
}
