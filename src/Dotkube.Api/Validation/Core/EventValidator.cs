using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// core/v1 Events get only upstream's legacy rules (<see cref="LegacyEventValidation"/>), on create
/// and update alike, and no ObjectMeta validation: old clients write events that would fail it.
/// </summary>
public sealed class EventValidator : ObjectValidator<Event>
{
    protected override void ValidateMetadata(Event obj, List<FieldError> errors)
    {
    }

    protected override void ValidateMetadataUpdate(Event obj, Event old, List<FieldError> errors)
    {
    }

    protected override void ValidateCreate(Event obj, List<FieldError> errors) =>
        LegacyEventValidation.Validate(
            new(obj.Metadata.Namespace ?? "", obj.InvolvedObject.Namespace ?? "", obj.EventTime,
                obj.ReportingComponent, obj.ReportingInstance, obj.Action ?? "", obj.Reason ?? "", obj.Message ?? ""),
            errors);
}
