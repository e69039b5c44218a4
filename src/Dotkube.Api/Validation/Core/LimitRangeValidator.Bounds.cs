using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Core;

public sealed partial class LimitRangeValidator
{
    // resource.MaxMilliValue: below it, upstream compares ratios in milli-units.
    private const long MaxMilliValue = long.MaxValue / 1000;

    /// <summary>
    /// The ordering rules for one resource, with upstream's paths and bad values (note: "default
    /// greater than max" blames the max quantity, as upstream does).
    /// </summary>
    private static void ValidateBounds(LimitRangeItem item, string key, FieldPath path, List<FieldError> errors)
    {
        var min = Get(item.Min, key);
        var max = Get(item.Max, key);
        var defaults = item.Type == "Pod" ? null : Get(item.Default, key);
        var defaultRequest = item.Type == "Pod" ? null : Get(item.DefaultRequest, key);
        var ratio = Get(item.MaxLimitRequestRatio, key);

        if (min is not null && max is not null && min > max)
        {
            errors.Add(FieldError.Invalid(path.Child("min").Key(key), min, $"min value {min} is greater than max value {max}"));
        }

        if (defaultRequest is not null && min is not null && min > defaultRequest)
        {
            errors.Add(FieldError.Invalid(path.Child("defaultRequest").Key(key), defaultRequest, $"min value {min} is greater than default request value {defaultRequest}"));
        }

        if (defaultRequest is not null && max is not null && defaultRequest > max)
        {
            errors.Add(FieldError.Invalid(path.Child("defaultRequest").Key(key), defaultRequest, $"default request value {defaultRequest} is greater than max value {max}"));
        }

        if (defaultRequest is not null && defaults is not null && defaultRequest > defaults)
        {
            errors.Add(FieldError.Invalid(path.Child("defaultRequest").Key(key), defaultRequest, $"default request value {defaultRequest} is greater than default limit value {defaults}"));
        }

        if (defaults is not null && min is not null && min > defaults)
        {
            errors.Add(FieldError.Invalid(path.Child("default").Key(key), min, $"min value {min} is greater than default value {defaults}"));
        }

        if (defaults is not null && max is not null && defaults > max)
        {
            errors.Add(FieldError.Invalid(path.Child("default").Key(key), max, $"default value {defaults} is greater than max value {max}"));
        }

        if (ratio is not null)
        {
            ValidateRatio(ratio, min, max, path.Child("maxLimitRequestRatio").Key(key), errors);
        }

        // Resources that cannot be overcommitted (hugepages, extended) need default == defaultRequest.
        var overcommit = (!key.Contains('/') || key.Contains("kubernetes.io/", StringComparison.Ordinal)) && !key.StartsWith("hugepages-", StringComparison.Ordinal);
        if (!overcommit && defaults is not null && defaultRequest is not null && defaults.CompareTo(defaultRequest) != 0)
        {
            errors.Add(FieldError.Invalid(path.Child("defaultRequest").Key(key), defaultRequest,
                $"default value {defaults} must equal to defaultRequest value {defaultRequest} in {key}"));
        }
    }

    private static void ValidateRatio(Quantity ratio, Quantity? min, Quantity? max, FieldPath path, List<FieldError> errors)
    {
        if (ratio.CompareTo(1) < 0)
        {
            errors.Add(FieldError.Invalid(path, ratio, $"ratio {ratio} is less than 1"));
        }

        if (min is null || max is null)
        {
            return;
        }

        double ratioValue = ratio.Value();
        double minValue = min.Value();
        double maxValue = max.Value();
        if (ratio.Value() < MaxMilliValue && min.Value() < MaxMilliValue && max.Value() < MaxMilliValue)
        {
            ratioValue = ratio.MilliValue() / 1000.0;
            minValue = min.MilliValue();
            maxValue = max.MilliValue();
        }

        var limit = maxValue / minValue;
        if (ratioValue > limit)
        {
            errors.Add(FieldError.Invalid(path, ratio, $"ratio {ratio} is greater than max/min = {GoFixed(limit)}"));
        }
    }

    /// <summary>Go's %f.</summary>
    private static string GoFixed(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : double.IsNegativeInfinity(value) ? "-Inf" : double.IsNaN(value) ? "NaN"
            : value.ToString("F6", CultureInfo.InvariantCulture);

    private static Quantity? Get(Dictionary<string, Quantity>? resources, string key) => resources?.GetValueOrDefault(key);
}
