namespace Dotkube.Api.Patching;

public static partial class StrategicMergePatch
{
    /// <summary>
    /// <c>$retainKeys</c>: every non-null patch field must be listed, and the original keeps only
    /// the listed keys (how a Deployment strategy switch drops rollingUpdate).
    /// </summary>
    private static void ApplyRetainKeys(PatchMap original, PatchMap patch)
    {
        if (!patch.Remove(RetainKeysDirective, out var directive))
        {
            return;
        }

        if (directive is not List<object?> retained)
        {
            throw SmpErrors.BadRequest(SmpErrors.BadPatchFormatForRetainKeys);
        }

        foreach (var (key, value) in patch)
        {
            if (value is null
                || key.StartsWith(DeleteFromPrimitiveListPrefix, StringComparison.Ordinal)
                || key.StartsWith(SetElementOrderPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (!retained.Any(k => GoValue.Equal(k, key)))
            {
                throw SmpErrors.BadRequest(SmpErrors.BadPatchFormatForRetainKeys);
            }
        }

        foreach (var key in original.Keys.ToList())
        {
            if (!retained.Any(k => GoValue.Equal(k, key)))
            {
                original.Remove(key);
            }
        }
    }

    /// <summary>
    /// <c>$setElementOrder/&lt;field&gt;</c>: merges the field's list now and orders the result:
    /// the order list first, then the patch order, then the live order (upstream mergePatchIntoOriginal).
    /// </summary>
    private static void MergeOrderedLists(PatchMap original, PatchMap patch, PatchMeta schema)
    {
        foreach (var (key, directive) in patch.ToList())
        {
            if (!key.StartsWith(SetElementOrderPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            patch.Remove(key);
            if (directive is not List<object?> order)
            {
                throw SmpErrors.BadArgType("[]interface {}", directive);
            }

            var field = ExtractKey(key, SetElementOrderPrefix);
            var foundOriginal = original.TryGetValue(field, out var originalValue);
            var foundPatch = patch.TryGetValue(field, out var patchValue);
            var originalList = foundOriginal ? originalValue as List<object?> ?? throw SmpErrors.BadArgType("[]interface {}", originalValue) : null;
            var patchList = foundPatch ? patchValue as List<object?> ?? throw SmpErrors.BadArgType("[]interface {}", patchValue) : null;

            var (subschema, fieldMeta) = schema.LookupForSlice(field);
            var strategy = ExtractRetainKeys(fieldMeta).Strategy;
            var mergeKey = fieldMeta?.MergeKey ?? "";
            ValidateOrder(patchList ?? [], order, mergeKey);

            List<object?> merged;
            if (foundOriginal && !foundPatch)
            {
                merged = originalList!;
            }
            else if (!foundOriginal && foundPatch)
            {
                merged = (List<object?>)RemoveDirectives(patchList!).Value!;
            }
            else if (foundOriginal && foundPatch)
            {
                merged = MergeListField(originalList!, patchList!, subschema, strategy, mergeKey, isDeleteList: false);
            }
            else
            {
                continue;
            }

            var (inOrder, serverOnly) = Partition(merged, order, mergeKey);
            var isMap = ElementIsMap(originalList ?? [], patchList ?? []);
            original[field] = NormalizeElementOrder(inOrder, serverOnly, order, originalList ?? [], mergeKey, isMap);
            patch.Remove(field);
        }
    }

    /// <summary>
    /// Upstream validatePatchWithSetOrderList: the patch's elements (deletions aside) must appear
    /// in the order list, in the same relative order.
    /// </summary>
    private static void ValidateOrder(List<object?> patchList, List<object?> order, string mergeKey)
    {
        if (order.Count == 0 || patchList.Count == 0)
        {
            return;
        }

        var kept = mergeKey.Length > 0 ? SplitDeletions(patchList).Kept : patchList;
        int p = 0, o = 0;
        while (p < kept.Count && o < order.Count)
        {
            if (kept[p] is PatchMap m && m.ContainsKey(DirectiveMarker))
            {
                p++;
                continue;
            }

            if (MergeKeyValueEqual(kept[p], order[o], mergeKey))
            {
                p++;
            }

            o++;
        }

        if (p < kept.Count && o >= order.Count)
        {
            throw SmpErrors.Internal(
                $"The order in patch list:\n{GoValue.Format(patchList)}\n doesn't match {SetElementOrderPrefix} list:\n{GoValue.Format(order)}\n");
        }
    }

    private static bool MergeKeyValueEqual(object? left, object? right, string mergeKey)
    {
        if (mergeKey.Length == 0)
        {
            return GoValue.Equal(left, right);
        }

        var l = left as PatchMap ?? throw SmpErrors.BadArgType("map[string]interface {}", left);
        var r = right as PatchMap ?? throw SmpErrors.BadArgType("map[string]interface {}", right);
        if (!l.TryGetValue(mergeKey, out var lv))
        {
            throw SmpErrors.NoMergeKey(l, mergeKey);
        }

        if (!r.TryGetValue(mergeKey, out var rv))
        {
            throw SmpErrors.NoMergeKey(r, mergeKey);
        }

        return GoValue.Equal(lv, rv);
    }

    /// <summary>Drops every map carrying <c>$patch</c> (and the field or element holding it), recursively.</summary>
    private static (object? Value, bool Keep) RemoveDirectives(object? value)
    {
        switch (value)
        {
            case PatchMap map:
                if (map.ContainsKey(DirectiveMarker))
                {
                    return (null, false);
                }

                foreach (var (key, child) in map.ToList())
                {
                    var (cleaned, keep) = RemoveDirectives(child);
                    if (keep)
                    {
                        map[key] = cleaned;
                    }
                    else
                    {
                        map.Remove(key);
                    }
                }

                return (map, true);
            case List<object?> list:
                return (list.Select(RemoveDirectives).Where(r => r.Keep).Select(r => r.Value).ToList(), true);
            default:
                return (value, true);
        }
    }

    /// <summary>A field new to the original takes the patch value without its null fields (kubernetes#123304).</summary>
    private static void DiscardNulls(object? value)
    {
        switch (value)
        {
            case PatchMap map:
                foreach (var (key, child) in map.ToList())
                {
                    if (child is null)
                    {
                        map.Remove(key);
                    }
                    else
                    {
                        DiscardNulls(child);
                    }
                }

                break;
            case List<object?> list:
                list.ForEach(DiscardNulls);
                break;
        }
    }
}
