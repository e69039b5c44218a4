using System.Globalization;
using Dotkube.Api.Batch.V1;
using Dotkube.Api.Validation.Apps;

using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Batch;

/// <summary>Upstream validateSuccessPolicy and the index-interval format ("1,3-5,7").</summary>
public static class SuccessPolicyValidation
{
    private const int MaxRules = 20;
    private const int MaxSucceededIndexesLength = 64 * 1024;

    public static void Validate(JobSpec spec, SuccessPolicy policy, FieldPath path, List<FieldError> errors)
    {
        var rulesPath = path.Child("rules");
        if (policy.Rules.Count == 0)
        {
            errors.Add(FieldError.Required(rulesPath, "at least one rules must be specified when the successPolicy is specified"));
        }

        if (policy.Rules.Count > MaxRules)
        {
            errors.Add(FieldError.TooMany(rulesPath, policy.Rules.Count, MaxRules));
        }

        for (var i = 0; i < policy.Rules.Count; i++)
        {
            ValidateRule(spec.Completions ?? 0, policy.Rules[i], rulesPath.Index(i), errors);
        }
    }

    /// <summary>Upstream validateIndexesFormat: the number of indexes, or an error text.</summary>
    public static (int Total, string? Error) ParseIndexes(string indexes, int completions)
    {
        if (indexes.Length == 0)
        {
            return (0, null);
        }

        int? last = null;
        var total = 0;
        foreach (var interval in indexes.Split(','))
        {
            var limits = interval.Split('-');
            if (limits.Length > 2)
            {
                return (0, $"the fragment {GoStrings.Quote(interval)} violates the requirement that an index interval can have at most two parts separated by '-'");
            }

            if (ParseIndex(limits[0], completions, out var x) is { } error)
            {
                return (0, error);
            }

            var y = x;
            if (limits.Length > 1)
            {
                if (ParseIndex(limits[1], completions, out y) is { } secondError)
                {
                    return (0, secondError);
                }

                if (x >= y)
                {
                    return (0, string.Create(CultureInfo.InvariantCulture, $"non-increasing order, previous: {x}, current: {y}"));
                }
            }

            if (last is { } previous && previous >= x)
            {
                return (0, string.Create(CultureInfo.InvariantCulture, $"non-increasing order, previous: {previous}, current: {x}"));
            }

            total += y - x + 1;
            last = y;
        }

        return (total, null);
    }

    private static string? ParseIndex(string text, int completions, out int index)
    {
        index = 0;
        if (Values.GoStrings.AtoiError(text) is not null || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out index))
        {
            return $"cannot convert string to integer for index: {GoStrings.Quote(text)}";
        }

        return index >= completions ? $"too large index: {GoStrings.Quote(text)}" : null;
    }

    private static void ValidateRule(int completions, SuccessPolicyRule rule, FieldPath path, List<FieldError> errors)
    {
        if (rule.SucceededCount is null && rule.SucceededIndexes is null)
        {
            errors.Add(FieldError.Required(path, "at least one of succeededCount or succeededIndexes must be specified"));
        }

        var totalIndexes = 0;
        if (rule.SucceededIndexes is { } indexes)
        {
            var indexesPath = path.Child("succeededIndexes");
            if (System.Text.Encoding.UTF8.GetByteCount(indexes) > MaxSucceededIndexesLength)
            {
                errors.Add(FieldError.TooLong(indexesPath, "", MaxSucceededIndexesLength));
            }

            (totalIndexes, var error) = ParseIndexes(indexes, completions);
            if (error is not null)
            {
                errors.Add(FieldError.Invalid(indexesPath, indexes, $"error parsing succeededIndexes: {error}"));
            }
        }

        if (rule.SucceededCount is { } count)
        {
            var countPath = path.Child("succeededCount");
            WorkloadValidation.NonNegative(count, countPath, errors);
            if (count > completions)
            {
                errors.Add(FieldError.Invalid(countPath, count, string.Create(CultureInfo.InvariantCulture,
                    $"must be less than or equal to {completions} (the number of specified completions)")));
            }

            if (rule.SucceededIndexes is not null && count > totalIndexes)
            {
                errors.Add(FieldError.Invalid(countPath, count, string.Create(CultureInfo.InvariantCulture,
                    $"must be less than or equal to {totalIndexes} (the number of indexes in the specified succeededIndexes field)")));
            }
        }
    }
}
