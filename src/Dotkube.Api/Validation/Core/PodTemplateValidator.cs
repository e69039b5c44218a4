using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Validation.Core;

/// <summary>Upstream ValidatePodTemplate: the template under the "template" path.</summary>
public sealed class PodTemplateValidator : ObjectValidator<PodTemplate>
{
    protected override void ValidateCreate(PodTemplate obj, List<FieldError> errors) =>
        PodTemplateValidation.ValidateTemplate(obj.Template, FieldPath.Root("template"), errors);
}
