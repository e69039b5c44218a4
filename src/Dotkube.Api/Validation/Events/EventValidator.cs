using Dotkube.Api.Validation.Core;
using EventsV1 = Dotkube.Api.Events.V1;

namespace Dotkube.Api.Validation.Events;

/// <summary>
/// events.k8s.io/v1 Events: upstream's legacy rules plus the strict ones for the new API
/// (ValidateEventCreate with a v1 request version). Upstream validates its internal core Event,
/// so errors name the internal fields: message (note), firstTimestamp (deprecatedFirstTimestamp), ...
/// </summary>
public sealed class EventValidator : ObjectValidator<EventsV1.Event>
{
    protected override void ValidateCreate(EventsV1.Event obj, List<FieldError> errors)
    {
        ValidateLegacy(obj, errors);
        ValidateSeries(obj, errors);
        if (obj.EventTime == default)
        {
            errors.Add(FieldError.Required(FieldPath.Root("eventTime")));
        }

        if (obj.Type is not ("Normal" or "Warning"))
        {
            errors.Add(FieldError.Invalid(FieldPath.Root("type"), "", $"has invalid value: {obj.Type}"));
        }

        MustBeUnset(obj.DeprecatedFirstTimestamp != default, "firstTimestamp", errors);
        MustBeUnset(obj.DeprecatedLastTimestamp != default, "lastTimestamp", errors);
        MustBeUnset(obj.DeprecatedCount is not (null or 0), "count", errors);
        MustBeUnset(!string.IsNullOrEmpty(obj.DeprecatedSource.Component) || !string.IsNullOrEmpty(obj.DeprecatedSource.Host), "source", errors);
    }

    /// <summary>As upstream ValidateEventUpdate: legacy rules, a changed series re-checked, the rest immutable.</summary>
    protected override void ValidateUpdate(EventsV1.Event obj, EventsV1.Event old, List<FieldError> errors)
    {
        ValidateLegacy(obj, errors);
        if (!ApiValues.Same(obj.Series, old.Series))
        {
            ValidateSeries(obj, errors);
        }

        Immutable(obj.Regarding, old.Regarding, "involvedObject", errors);
        ObjectMetaValidation.Immutable(obj.Reason, old.Reason, FieldPath.Root("reason"), errors);
        ObjectMetaValidation.Immutable(obj.Note, old.Note, FieldPath.Root("message"), errors);
        Immutable(obj.DeprecatedSource, old.DeprecatedSource, "source", errors);
        ObjectMetaValidation.Immutable(obj.DeprecatedFirstTimestamp, old.DeprecatedFirstTimestamp, FieldPath.Root("firstTimestamp"), errors);
        ObjectMetaValidation.Immutable(obj.DeprecatedLastTimestamp, old.DeprecatedLastTimestamp, FieldPath.Root("lastTimestamp"), errors);
        ObjectMetaValidation.Immutable(obj.DeprecatedCount ?? 0, old.DeprecatedCount ?? 0, FieldPath.Root("count"), errors);
        ObjectMetaValidation.Immutable(obj.Type, old.Type, FieldPath.Root("type"), errors);
        ObjectMetaValidation.Immutable(obj.EventTime, old.EventTime, FieldPath.Root("eventTime"), errors);
        ObjectMetaValidation.Immutable(obj.Action, old.Action, FieldPath.Root("action"), errors);
        Immutable(obj.Related, old.Related, "related", errors);
        ObjectMetaValidation.Immutable(obj.ReportingController, old.ReportingController, FieldPath.Root("reportingController"), errors);
        ObjectMetaValidation.Immutable(obj.ReportingInstance, old.ReportingInstance, FieldPath.Root("reportingInstance"), errors);
    }

    private static void ValidateLegacy(EventsV1.Event obj, List<FieldError> errors) =>
        LegacyEventValidation.Validate(
            new(obj.Metadata.Namespace ?? "", obj.Regarding.Namespace ?? "", obj.EventTime,
                obj.ReportingController ?? "", obj.ReportingInstance ?? "", obj.Action ?? "", obj.Reason ?? "", obj.Note ?? ""),
            errors);

    private static void ValidateSeries(EventsV1.Event obj, List<FieldError> errors)
    {
        if (obj.Series is not { } series)
        {
            return;
        }

        if (series.Count < 2)
        {
            errors.Add(FieldError.Invalid(FieldPath.Root("series.count"), "", "should be at least 2"));
        }

        if (series.LastObservedTime == default)
        {
            errors.Add(FieldError.Required(FieldPath.Root("series.lastObservedTime")));
        }
    }

    private static void MustBeUnset(bool isSet, string field, List<FieldError> errors)
    {
        if (isSet)
        {
            errors.Add(FieldError.Invalid(FieldPath.Root(field), "", "needs to be unset"));
        }
    }

    /// <summary>Structs compare by value upstream; the bad value is printed abbreviated.</summary>
    private static void Immutable<TValue>(TValue value, TValue old, string field, List<FieldError> errors)
    {
        if (!ApiValues.Same(value, old))
        {
            errors.Add(FieldError.Invalid(FieldPath.Root(field), GoSyntax.Raw("{...}"), "field is immutable"));
        }
    }
}
