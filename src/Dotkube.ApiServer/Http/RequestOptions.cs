using System.Globalization;
using System.Text;
using Dotkube.Api.Meta;
using Dotkube.Api.Validation;
using Dotkube.Api.Values;
using Dotkube.ApiServer.Errors;

namespace Dotkube.ApiServer.Http;

/// <summary>
/// Upstream's validation of a request's options (apimachinery's ValidateCreateOptions,
/// ValidateUpdateOptions, ValidatePatchOptions, ValidateDeleteOptions, ValidateListOptions):
/// every error of one request in a single 422 Invalid on the meta.k8s.io options kind, before
/// the body is decoded or the store is touched.
/// </summary>
public static class RequestOptions
{
    /// <summary>apimachinery's FieldManagerMaxLength, in bytes.</summary>
    public const int FieldManagerMaxLength = 128;

    private static readonly string[] DryRunValues = ["All"];

    /// <summary>sets.NewString("", "Ignore", "Warn", "Strict").List(), hence sorted.</summary>
    private static readonly string[] FieldValidationValues = ["", "Ignore", "Strict", "Warn"];

    private static readonly string[] PropagationValues = ["Foreground", "Background", "Orphan", "nil"];

    /// <summary>The options kind a verb decodes its query into.</summary>
    public static string KindFor(string verb) => verb switch
    {
        "create" => "CreateOptions",
        "update" => "UpdateOptions",
        "patch" => "PatchOptions",
        "delete" or "deletecollection" => "DeleteOptions",
        _ => "ListOptions",
    };

    /// <summary>
    /// The query options of a write: force (patch), fieldManager, dryRun and fieldValidation in
    /// upstream's order; DELETE validates only dryRun here, the rest with its DeleteOptions.
    /// </summary>
    public static void ValidateWrite(ApiRequest request)
    {
        var query = request.Http.Request.Query;
        var verb = request.Info.Verb;
        var errors = new List<FieldError>();
        if (verb is "create" or "update" or "patch")
        {
            if (verb == "patch" && query.ContainsKey("force")
                && MediaTypes.BaseType(request.Http.Request.ContentType) != MediaTypes.ApplyPatch)
            {
                errors.Add(FieldError.Forbidden(FieldPath.Root("force"), "may not be specified for non-apply patch"));
            }

            errors.AddRange(FieldManager(request.Query("fieldManager") ?? ""));
        }

        errors.AddRange(DryRun(query["dryRun"].Select(v => v ?? "").ToList()));
        if (verb is "create" or "update" or "patch" && request.Query("fieldValidation") is { } validation
            && !FieldValidationValues.Contains(validation, StringComparer.Ordinal))
        {
            errors.Add(FieldError.NotSupported(FieldPath.Root("fieldValidation"), validation, FieldValidationValues));
        }

        if (errors.Count > 0)
        {
            throw ApiErrors.OptionsInvalid(KindFor(verb), errors);
        }
    }

    /// <summary>ValidateDeleteOptions, whether the options came from the body or the query.</summary>
    public static void ValidateDelete(DeleteOptions options)
    {
        var errors = new List<FieldError>();
        var policy = FieldPath.Root("propagationPolicy");
        if (options.OrphanDependents is not null && options.PropagationPolicy is not null)
        {
            errors.Add(FieldError.Invalid(policy, options.PropagationPolicy, "orphanDependents and deletionPropagation cannot be both set"));
        }

        if (options.PropagationPolicy is { } value && value is not ("Foreground" or "Background" or "Orphan"))
        {
            errors.Add(FieldError.NotSupported(policy, value, PropagationValues));
        }

        errors.AddRange(DryRun(options.DryRun ?? []));
        if (errors.Count > 0)
        {
            throw ApiErrors.OptionsInvalid("DeleteOptions", errors);
        }
    }

    /// <summary>
    /// The ListOptions of a list or watch: its numbers parse as int64 (400 with strconv's text
    /// otherwise), then ValidateListOptions. Streaming lists (sendInitialEvents) are not served:
    /// a watch is validated as by an apiserver whose WatchList feature gate is off, so client-go
    /// falls back to list and watch instead of waiting for an initial-events-end bookmark.
    /// </summary>
    public static void ValidateList(ApiRequest request, bool watch)
    {
        request.QueryInt64("limit");
        request.QueryInt64("timeoutSeconds");
        var query = request.Http.Request.Query;
        var match = request.Query("resourceVersionMatch") ?? "";
        var hasContinue = !string.IsNullOrEmpty(request.Query("continue"));
        var errors = watch
            ? WatchErrors(match, query.ContainsKey("sendInitialEvents"), hasContinue)
            : ListErrors(match, request.Query("resourceVersion") ?? "", hasContinue, query.ContainsKey("sendInitialEvents"));
        if (errors.Count > 0)
        {
            throw ApiErrors.OptionsInvalid("ListOptions", errors);
        }
    }

    /// <summary>
    /// strconv.ParseInt(text, 10, 64), whose error upstream's query conversion returns as the
    /// whole 400 message.
    /// </summary>
    public static long ParseInt64(string text) =>
        GoStrings.TryParseInt64(text, out var value, out var outOfRange)
            ? value
            : throw ApiErrors.BadRequest($"strconv.ParseInt: parsing {GoStrings.Quote(text)}: {(outOfRange ? "value out of range" : "invalid syntax")}");

    private static List<FieldError> ListErrors(string match, string resourceVersion, bool hasContinue, bool sendInitialEvents)
    {
        var field = FieldPath.Root("resourceVersionMatch");
        var errors = new List<FieldError>();
        if (match.Length > 0)
        {
            if (resourceVersion.Length == 0)
            {
                errors.Add(FieldError.Forbidden(field, "resourceVersionMatch is forbidden unless resourceVersion is provided"));
            }

            if (hasContinue)
            {
                errors.Add(FieldError.Forbidden(field, "resourceVersionMatch is forbidden when continue is provided"));
            }

            if (match is not ("Exact" or "NotOlderThan"))
            {
                errors.Add(FieldError.NotSupported(field, match, ["Exact", "NotOlderThan", ""]));
            }

            if (match == "Exact" && resourceVersion == "0")
            {
                errors.Add(FieldError.Forbidden(field, "resourceVersionMatch \"exact\" is forbidden for resourceVersion \"0\""));
            }
        }

        if (sendInitialEvents)
        {
            errors.Add(FieldError.Forbidden(FieldPath.Root("sendInitialEvents"), "sendInitialEvents is forbidden for list"));
        }

        return errors;
    }

    /// <summary>validateWatchOptions with the WatchList feature gate off.</summary>
    private static List<FieldError> WatchErrors(string match, bool sendInitialEvents, bool hasContinue)
    {
        var field = FieldPath.Root("resourceVersionMatch");
        var errors = new List<FieldError>();
        if (sendInitialEvents)
        {
            if (match != "NotOlderThan")
            {
                errors.Add(FieldError.Forbidden(field, "sendInitialEvents requires setting resourceVersionMatch to NotOlderThan"));
            }

            errors.Add(FieldError.Forbidden(FieldPath.Root("sendInitialEvents"),
                "sendInitialEvents is forbidden for watch unless the WatchList feature gate is enabled"));
        }

        if (match.Length > 0)
        {
            if (!sendInitialEvents)
            {
                errors.Add(FieldError.Forbidden(field, "resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided"));
            }

            if (match != "NotOlderThan")
            {
                errors.Add(FieldError.NotSupported(field, match, ["NotOlderThan"]));
            }

            if (hasContinue)
            {
                errors.Add(FieldError.Forbidden(field, "resourceVersionMatch is forbidden when continue is provided"));
            }
        }

        return errors;
    }

    /// <summary>ValidateDryRun: every value must be "All"; the bad value is the whole list.</summary>
    private static IEnumerable<FieldError> DryRun(IReadOnlyList<string> values)
    {
        if (values.Any(v => v != "All"))
        {
            yield return FieldError.NotSupported(FieldPath.Root("dryRun"), values, DryRunValues);
        }
    }

    /// <summary>ValidateFieldManager: at most 128 bytes, and only printable characters.</summary>
    private static IEnumerable<FieldError> FieldManager(string manager)
    {
        var field = FieldPath.Root("fieldManager");
        if (Encoding.UTF8.GetByteCount(manager) > FieldManagerMaxLength)
        {
            yield return FieldError.TooLong(field, manager, FieldManagerMaxLength);
        }

        var position = 0;
        foreach (var rune in manager.EnumerateRunes())
        {
            if (!IsPrint(rune))
            {
                // Go's %#U of an unprintable rune, at its byte offset.
                yield return FieldError.Invalid(field, manager,
                    string.Create(CultureInfo.InvariantCulture, $"invalid character U+{rune.Value:X4} (at position {position})"));
            }

            position += rune.Utf8SequenceLength;
        }
    }

    /// <summary>Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.</summary>
    private static bool IsPrint(Rune rune) => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };
}
