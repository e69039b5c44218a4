using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

public static partial class PodSpecValidation
{
    // Upstream validEnvDownwardAPIFieldPathExpressions, sorted as sets.List prints them.
    private static readonly string[] EnvFieldPaths =
    [
        "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
        "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
    ];

    // Upstream validVolumeDownwardAPIFieldPathExpressions, sorted.
    private static readonly string[] VolumeFieldPaths =
        ["metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"];

    /// <summary>
    /// Upstream ValidateEnv. Names use the relaxed rule (RelaxedEnvironmentVariableValidation is
    /// beta and on in v1.32): any printable ASCII but '='.
    /// </summary>
    private static void ValidateEnv(List<EnvVar>? env, FieldPath path, List<FieldError> errors)
    {
        for (var i = 0; i < (env?.Count ?? 0); i++)
        {
            var variable = env![i];
            var at = path.Index(i);
            if (variable.Name.Length == 0)
            {
                errors.Add(FieldError.Required(at.Child("name")));
            }
            else
            {
                foreach (var message in NameValidation.IsRelaxedEnvVarName(variable.Name))
                {
                    errors.Add(FieldError.Invalid(at.Child("name"), variable.Name, message));
                }
            }

            ValidateValueFrom(variable, at.Child("valueFrom"), errors);
        }
    }

    private static void ValidateValueFrom(EnvVar variable, FieldPath path, List<FieldError> errors)
    {
        if (variable.ValueFrom is not { } from)
        {
            return;
        }

        var sources = 0;
        if (from.FieldRef is not null)
        {
            sources++;
            ValidateObjectFieldSelector(from.FieldRef, EnvFieldPaths, path.Child("fieldRef"), errors);
        }

        if (from.ResourceFieldRef is not null)
        {
            sources++;
            ValidateResourceFieldSelector(from.ResourceFieldRef, path.Child("resourceFieldRef"), volume: false, errors);
        }

        if (from.ConfigMapKeyRef is not null)
        {
            sources++;
            ValidateKeySelector(from.ConfigMapKeyRef.Name, from.ConfigMapKeyRef.Key, path.Child("configMapKeyRef"), errors);
        }

        if (from.SecretKeyRef is not null)
        {
            sources++;
            ValidateKeySelector(from.SecretKeyRef.Name, from.SecretKeyRef.Key, path.Child("secretKeyRef"), errors);
        }

        if (sources == 0)
        {
            errors.Add(FieldError.Invalid(path, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"));
        }
        else if (!string.IsNullOrEmpty(variable.Value))
        {
            errors.Add(FieldError.Invalid(path, "", "may not be specified when `value` is not empty"));
        }
        else if (sources > 1)
        {
            errors.Add(FieldError.Invalid(path, "", "may not have more than one field specified at a time"));
        }
    }

    /// <summary>Upstream validateConfigMapKeySelector / validateSecretKeySelector (identical rules).</summary>
    private static void ValidateKeySelector(string? name, string key, FieldPath path, List<FieldError> errors)
    {
        foreach (var message in NameValidation.IsDNS1123Subdomain(name ?? ""))
        {
            errors.Add(FieldError.Invalid(path.Child("name"), name ?? "", message));
        }

        if (key.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("key")));
            return;
        }

        foreach (var message in NameValidation.IsConfigMapKey(key))
        {
            errors.Add(FieldError.Invalid(path.Child("key"), key, message));
        }
    }

    private static void ValidateEnvFrom(List<EnvFromSource>? envFrom, FieldPath path, List<FieldError> errors)
    {
        for (var i = 0; i < (envFrom?.Count ?? 0); i++)
        {
            var source = envFrom![i];
            var at = path.Index(i);
            if (!string.IsNullOrEmpty(source.Prefix))
            {
                foreach (var message in NameValidation.IsRelaxedEnvVarName(source.Prefix))
                {
                    errors.Add(FieldError.Invalid(at.Child("prefix"), source.Prefix, message));
                }
            }

            var sources = 0;
            if (source.ConfigMapRef is not null)
            {
                sources++;
                EnvSourceName(source.ConfigMapRef.Name, at.Child("configMapRef", "name"), errors);
            }

            if (source.SecretRef is not null)
            {
                sources++;
                EnvSourceName(source.SecretRef.Name, at.Child("secretRef", "name"), errors);
            }

            // Upstream reports these against the list, not the entry.
            if (sources == 0)
            {
                errors.Add(FieldError.Invalid(path, "", "must specify one of: `configMapRef` or `secretRef`"));
            }
            else if (sources > 1)
            {
                errors.Add(FieldError.Invalid(path, "", "may not have more than one field specified at a time"));
            }
        }
    }

    private static void EnvSourceName(string? name, FieldPath path, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(FieldError.Required(path));
            return;
        }

        // Checked as a generateName prefix upstream, so a trailing '-' passes.
        foreach (var message in NameRule.Subdomain.Check(name, prefix: true))
        {
            errors.Add(FieldError.Invalid(path, name, message));
        }
    }
}
