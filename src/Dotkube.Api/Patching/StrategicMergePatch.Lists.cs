namespace Dotkube.Api.Patching;

public static partial class StrategicMergePatch
{
    /// <summary>Upstream mergeSliceHandler: merge lists (and every deletion list) merge, other lists are replaced.</summary>
    private static List<object?> MergeListField(
        List<object?> original, List<object?> patch, PatchMeta elementSchema, string strategy, string mergeKey, bool isDeleteList) =>
        strategy == MergeDirective || isDeleteList
            ? MergeList(original, patch, elementSchema, mergeKey, isDeleteList)
            : patch;

    private static List<object?> MergeList(
        List<object?> original, List<object?> patch, PatchMeta elementSchema, string mergeKey, bool isDeleteList)
    {
        if (original.Count == 0 && patch.Count == 0)
        {
            return original;
        }

        var isMap = ElementIsMap(original, patch);
        List<object?> merged;
        if (!isMap)
        {
            if (isDeleteList)
            {
                return original.Where(v => !patch.Any(d => GoValue.Equal(v, d))).ToList();
            }

            merged = DeduplicateScalars([.. original, .. patch]);
        }
        else
        {
            if (mergeKey.Length == 0)
            {
                throw SmpErrors.Internal($"cannot merge lists without merge key for {elementSchema.GoKind}");
            }

            (original, patch) = ApplyElementDirectives(original, patch, mergeKey);
            merged = MergeElements(original, patch, mergeKey, elementSchema);
        }

        var (inPatch, serverOnly) = Partition(merged, patch, mergeKey);
        return NormalizeElementOrder(inPatch, serverOnly, patch, original, mergeKey, isMap);
    }

    /// <summary>
    /// Elements carrying <c>$patch</c>: delete removes the original elements with that merge key,
    /// replace makes the rest of the patch list the whole list; merge and anything else are errors.
    /// </summary>
    private static (List<object?> Original, List<object?> Patch) ApplyElementDirectives(
        List<object?> original, List<object?> patch, string mergeKey)
    {
        var plain = new List<object?>();
        var replace = false;
        foreach (var element in patch)
        {
            var map = (PatchMap)element!;
            if (!map.TryGetValue(DirectiveMarker, out var directive))
            {
                plain.Add(element);
                continue;
            }

            switch (directive)
            {
                case DeleteDirective:
                    if (!map.TryGetValue(mergeKey, out var keyValue))
                    {
                        throw SmpErrors.NoMergeKey(map, mergeKey);
                    }

                    original = DeleteMatching(original, mergeKey, keyValue);
                    break;
                case ReplaceDirective:
                    replace = true;
                    break;
                case MergeDirective:
                    throw SmpErrors.Internal("merging lists cannot yet be specified in the patch");
                default:
                    throw SmpErrors.BadPatchType(directive, map);
            }
        }

        return replace ? (plain, []) : (original, plain);
    }

    private static List<object?> DeleteMatching(List<object?> original, string mergeKey, object? keyValue)
    {
        var kept = new List<object?>(original.Count);
        for (var i = 0; i < original.Count; i++)
        {
            var map = original[i] as PatchMap ?? throw SmpErrors.Internal($"value for key {i} is not a map.");
            if (!(map.TryGetValue(mergeKey, out var v) && GoValue.Equal(v, keyValue)))
            {
                kept.Add(map);
            }
        }

        return kept;
    }

    /// <summary>Merges each patch element into the original element with the same merge key, or appends it.</summary>
    private static List<object?> MergeElements(List<object?> original, List<object?> patch, string mergeKey, PatchMeta elementSchema)
    {
        var merged = new List<object?>(original);
        foreach (var element in patch)
        {
            var map = (PatchMap)element!;
            if (!map.TryGetValue(mergeKey, out var keyValue))
            {
                throw SmpErrors.NoMergeKey(map, mergeKey);
            }

            var index = FindByKey(merged, mergeKey, keyValue);
            if (index >= 0)
            {
                merged[index] = MergeMap((PatchMap)merged[index]!, map, elementSchema);
            }
            else
            {
                merged.Add(map);
            }
        }

        return merged;
    }

    private static int FindByKey(List<object?> list, string mergeKey, object? keyValue)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var map = list[i] as PatchMap ?? throw SmpErrors.Internal($"value for key {i} is not a map.");
            if (map.TryGetValue(mergeKey, out var v) && GoValue.Equal(v, keyValue))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Upstream deduplicateScalars, including its habit of moving the last element into a duplicate's place.</summary>
    private static List<object?> DeduplicateScalars(List<object?> values)
    {
        var last = values.Count - 1;
        for (var i = 0; i < last; i++)
        {
            for (var j = i + 1; j <= last; j++)
            {
                if (GoValue.Equal(values[i], values[j]))
                {
                    values[j] = values[last];
                    values.RemoveAt(last);
                    last--;
                    j--;
                }
            }
        }

        return values;
    }

    /// <summary>
    /// Upstream sliceElementType: every element of the lists must have one Go type, which is not
    /// a list. Returns whether that type is a map.
    /// </summary>
    private static bool ElementIsMap(params List<object?>[] lists)
    {
        Type? previous = null;
        var seen = false;
        foreach (var list in lists)
        {
            foreach (var element in list)
            {
                var type = element?.GetType();
                if (!seen)
                {
                    seen = true;
                    previous = type;
                    if (element is List<object?>)
                    {
                        throw SmpErrors.NoListOfLists();
                    }
                }
                else if (previous != type)
                {
                    throw SmpErrors.Internal(
                        $"list element types are not identical: {GoValue.Format(lists.Select(l => (object?)l).ToList())}");
                }
            }
        }

        if (!seen)
        {
            throw SmpErrors.Internal("no elements in any of the given slices");
        }

        return previous == typeof(PatchMap);
    }
}
