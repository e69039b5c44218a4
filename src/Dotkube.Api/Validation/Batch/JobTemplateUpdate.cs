using Dotkube.Api.Batch.V1;
using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Validation.Batch;

/// <summary>
/// Upstream validatePodTemplateUpdate: a Job's pod template is immutable, except that a Job
/// suspended before it ever started may change its scheduling directives (node affinity, node
/// selector, tolerations, scheduling gates) and the template's labels and annotations.
/// </summary>
internal static class JobTemplateUpdate
{
    public static void Validate(Job job, Job old, FieldPath path, List<FieldError> errors)
    {
        var template = job.Spec.Template;
        var oldTemplate = old.Spec.Template;
        if (old.Spec.Suspend == true && old.Status.StartTime is null)
        {
            oldTemplate = ApiValues.Clone(oldTemplate);
            var affinity = oldTemplate.Spec.Affinity;
            if (template.Spec.Affinity is null && affinity is not null)
            {
                affinity.NodeAffinity = null;
                if (affinity.PodAffinity is null && affinity.PodAntiAffinity is null)
                {
                    oldTemplate.Spec.Affinity = null;
                }
            }
            else if (template.Spec.Affinity is not null && affinity is null)
            {
                oldTemplate.Spec.Affinity = new Affinity { NodeAffinity = template.Spec.Affinity.NodeAffinity };
            }
            else if (template.Spec.Affinity is not null && affinity is not null)
            {
                affinity.NodeAffinity = template.Spec.Affinity.NodeAffinity;
            }

            oldTemplate.Spec.NodeSelector = template.Spec.NodeSelector;
            oldTemplate.Spec.Tolerations = template.Spec.Tolerations;
            oldTemplate.Spec.SchedulingGates = template.Spec.SchedulingGates;
            oldTemplate.Metadata.Annotations = template.Metadata.Annotations;
            oldTemplate.Metadata.Labels = template.Metadata.Labels;
        }

        if (!ApiValues.Same(template, oldTemplate))
        {
            // Upstream prints the whole core.PodTemplateSpec with %#v, pointer addresses included.
            errors.Add(FieldError.Invalid(path, GoSyntax.Raw("core.PodTemplateSpec{...}"), "field is immutable"));
        }
    }
}
