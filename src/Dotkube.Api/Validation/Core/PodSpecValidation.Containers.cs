using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Validation.Core;

public static partial class PodSpecValidation
{
    /// <summary>Upstream validateContainers: at least one, names unique among regular containers.</summary>
    private static void ValidateContainers(PodSpec spec, PodContext context, FieldPath path, List<FieldError> errors)
    {
        if (spec.Containers.Count == 0)
        {
            errors.Add(FieldError.Required(path));
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < spec.Containers.Count; i++)
        {
            var container = spec.Containers[i];
            var at = path.Index(i);
            ValidateContainerCommon(container, context, at, errors);
            if (!names.Add(container.Name))
            {
                errors.Add(FieldError.Duplicate(at.Child("name"), container.Name));
            }

            ValidateLifecycleAndProbes(container, context, at, errors);
            if (container.RestartPolicy is not null)
            {
                errors.Add(FieldError.Forbidden(at.Child("restartPolicy"), "may not be set for non-init containers"));
            }
        }

        // Host ports may not collide across the regular containers, which run together.
        CheckHostPortConflicts(spec.Containers, path, errors);
    }

    /// <summary>
    /// Upstream validateInitContainers: names unique across init and regular containers (reported
    /// on the init container); probes and lifecycle only for restartable (sidecar) init containers.
    /// </summary>
    private static void ValidateInitContainers(PodSpec spec, PodContext context, FieldPath path, List<FieldError> errors)
    {
        var names = new HashSet<string>(spec.Containers.Select(c => c.Name), StringComparer.Ordinal);
        for (var i = 0; i < (spec.InitContainers?.Count ?? 0); i++)
        {
            var container = spec.InitContainers![i];
            var at = path.Index(i);
            ValidateContainerCommon(container, context, at, errors);
            var restartAlways = false;
            if (container.RestartPolicy is not null)
            {
                if (container.RestartPolicy != "Always")
                {
                    errors.Add(FieldError.NotSupported(at.Child("restartPolicy"), container.RestartPolicy, ["Always"]));
                }

                restartAlways = container.RestartPolicy == "Always";
            }

            if (names.Contains(container.Name))
            {
                errors.Add(FieldError.Duplicate(at.Child("name"), container.Name));
            }
            else if (container.Name.Length > 0)
            {
                names.Add(container.Name);
            }

            // Init containers run one by one, so only ports within one container can collide.
            CheckHostPortConflicts([container], path, errors);
            if (restartAlways)
            {
                ValidateLifecycleAndProbes(container, context, at, errors);
            }
            else
            {
                const string NotForInit = "may not be set for init containers without restartPolicy=Always";
                ForbidIfSet(container.Lifecycle, at.Child("lifecycle"), NotForInit, errors);
                ForbidIfSet(container.LivenessProbe, at.Child("livenessProbe"), NotForInit, errors);
                ForbidIfSet(container.ReadinessProbe, at.Child("readinessProbe"), NotForInit, errors);
                ForbidIfSet(container.StartupProbe, at.Child("startupProbe"), NotForInit, errors);
            }
        }
    }

    /// <summary>Upstream validateContainerCommon: what every kind of container must satisfy.</summary>
    private static void ValidateContainerCommon(Container container, PodContext context, FieldPath path, List<FieldError> errors)
    {
        if (container.Name.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("name")));
        }
        else
        {
            Dns1123Label(container.Name, path.Child("name"), errors);
        }

        RequiredString(container.Image, path.Child("image"), errors);

        // Defaulted to File upstream, so only a set value is checked.
        if (!string.IsNullOrEmpty(container.TerminationMessagePolicy) &&
            container.TerminationMessagePolicy is not ("File" or "FallbackToLogsOnError"))
        {
            errors.Add(FieldError.NotSupported(path.Child("terminationMessagePolicy"), container.TerminationMessagePolicy,
                ["File", "FallbackToLogsOnError"]));
        }

        ValidatePorts(container.Ports, path.Child("ports"), errors);
        ValidateEnv(container.Env, path.Child("env"), errors);
        ValidateEnvFrom(container.EnvFrom, path.Child("envFrom"), errors);
        ValidateVolumeMounts(container, context.Volumes, path.Child("volumeMounts"), errors);

        // Defaulted from the image tag upstream, so only a set value is checked.
        if (!string.IsNullOrEmpty(container.ImagePullPolicy) &&
            container.ImagePullPolicy is not (PullPolicy.Always or PullPolicy.IfNotPresent or PullPolicy.Never))
        {
            errors.Add(FieldError.NotSupported(path.Child("imagePullPolicy"), container.ImagePullPolicy,
                [PullPolicy.Always, PullPolicy.IfNotPresent, PullPolicy.Never]));
        }

        ResourceValidation.ValidateContainerResources(container.Resources, context.ClaimNames, path.Child("resources"), errors);
        ValidateResizePolicy(container.ResizePolicy, context.RestartPolicy, path.Child("resizePolicy"), errors);
        SecurityContextValidation.ValidateContainer(container.SecurityContext, path.Child("securityContext"), errors);
    }

    private static void ValidateLifecycleAndProbes(Container container, PodContext context, FieldPath path, List<FieldError> errors)
    {
        if (container.Lifecycle is not null)
        {
            ProbeValidation.ValidateLifecycle(container.Lifecycle, context.GracePeriod, path.Child("lifecycle"), errors);
        }

        ProbeValidation.ValidateLiveness(container.LivenessProbe, path.Child("livenessProbe"), errors);
        ProbeValidation.ValidateReadiness(container.ReadinessProbe, path.Child("readinessProbe"), errors);
        ProbeValidation.ValidateStartup(container.StartupProbe, path.Child("startupProbe"), errors);
    }

    private static void ValidateResizePolicy(List<ContainerResizePolicy>? policies, string restartPolicy, FieldPath path, List<FieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (policies?.Count ?? 0); i++)
        {
            var policy = policies![i];
            if (!seen.Add(policy.ResourceName))
            {
                errors.Add(FieldError.Duplicate(path.Index(i), policy.ResourceName));
            }

            // Upstream reports these against the list, not the entry.
            if (policy.ResourceName.Length == 0)
            {
                errors.Add(FieldError.Required(path));
            }
            else if (policy.ResourceName is not ("cpu" or "memory"))
            {
                errors.Add(FieldError.NotSupported(path, policy.ResourceName, ["cpu", "memory"]));
            }

            if (policy.RestartPolicy.Length == 0)
            {
                errors.Add(FieldError.Required(path));
            }
            else if (policy.RestartPolicy is not ("NotRequired" or "RestartContainer"))
            {
                errors.Add(FieldError.NotSupported(path, policy.RestartPolicy, ["NotRequired", "RestartContainer"]));
            }

            if (restartPolicy == RestartPolicy.Never && policy.RestartPolicy != "NotRequired")
            {
                errors.Add(FieldError.Invalid(path, policy.RestartPolicy, "must be 'NotRequired' when `restartPolicy` is 'Never'"));
            }
        }
    }

    private static void ForbidIfSet(object? value, FieldPath path, string detail, List<FieldError> errors)
    {
        if (value is not null)
        {
            errors.Add(FieldError.Forbidden(path, detail));
        }
    }
}
