using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Validation.Core;

public static partial class PodSpecValidation
{
    private static void ValidateProjectedSource(ProjectedVolumeSource source, FieldPath path, List<FieldError> errors)
    {
        FileMode(source.DefaultMode, path.Child("defaultMode"), errors);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < source.Sources.Count; i++)
        {
            var projection = source.Sources[i];
            var at = path.Child("sources").Index(i);
            var count = 0;
            if (projection.Secret is { } secret)
            {
                count++;
                RequiredString(secret.Name, at.Child("secret", "name"), errors);
                ProjectedItems(secret.Items, secret.Name ?? "", at.Child("secret", "items"), path, paths, errors);
            }

            if (projection.ConfigMap is { } configMap)
            {
                count++;
                RequiredString(configMap.Name, at.Child("configMap", "name"), errors);
                ProjectedItems(configMap.Items, configMap.Name ?? "", at.Child("configMap", "items"), path, paths, errors);
            }

            if (projection.DownwardAPI is { } downwardAPI)
            {
                count++;
                foreach (var file in downwardAPI.Items ?? [])
                {
                    ValidateDownwardAPIFile(file, at.Child("downwardAPI"), errors);
                    if (file.Path.Length > 0 && !paths.Add(file.Path))
                    {
                        errors.Add(FieldError.Invalid(path, file.Path, "conflicting duplicate paths"));
                    }
                }
            }

            if (projection.ServiceAccountToken is { } token)
            {
                count++;
                ValidateServiceAccountToken(token, at.Child("serviceAccountToken"), path, errors);
            }

            if (projection.ClusterTrustBundle is not null)
            {
                count++;
            }

            if (count > 1)
            {
                errors.Add(FieldError.Forbidden(at, "may not specify more than 1 volume type per source"));
            }
        }
    }

    private static void ProjectedItems(
        List<KeyToPath>? items, string sourceName, FieldPath path, FieldPath projected, HashSet<string> paths, List<FieldError> errors)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            ValidateKeyToPath(item, path.Index(i), errors);

            // Upstream blames the whole projected source and shows the source's name.
            if (item.Path.Length > 0 && !paths.Add(item.Path))
            {
                errors.Add(FieldError.Invalid(projected, sourceName, "conflicting duplicate paths"));
            }
        }
    }

    private static void ValidateServiceAccountToken(ServiceAccountTokenProjection token, FieldPath path, FieldPath projected, List<FieldError> errors)
    {
        // Defaulted to one hour upstream.
        var seconds = token.ExpirationSeconds ?? 3600;
        if (seconds < 600)
        {
            errors.Add(FieldError.Invalid(path.Child("expirationSeconds"), seconds, "may not specify a duration less than 10 minutes"));
        }

        if (seconds > 1L << 32)
        {
            errors.Add(FieldError.Invalid(path.Child("expirationSeconds"), seconds, "may not specify a duration larger than 2^32 seconds"));
        }

        // Upstream reports the token path against the projected source, not the token.
        if (token.Path.Length == 0)
        {
            errors.Add(FieldError.Required(projected.Child("path")));
        }
        else
        {
            LocalNonReservedPath(token.Path, projected.Child("path"), errors);
        }
    }
}
