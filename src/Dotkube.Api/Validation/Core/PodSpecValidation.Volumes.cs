using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

public static partial class PodSpecValidation
{
    private const string MoreThanOneVolumeType = "may not specify more than 1 volume type";

    // Upstream supportedHostPathTypes, sorted as sets.List prints them ("" is HostPathUnset).
    private static readonly string[] HostPathTypes =
        ["", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"];

    /// <summary>
    /// Upstream ValidateVolumes: names are unique DNS-1123 labels and each volume has one source.
    /// Returns the names of the valid volumes, which volume mounts must reference.
    /// </summary>
    public static HashSet<string> ValidateVolumes(List<Volume>? volumes, FieldPath path, List<FieldError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (volumes?.Count ?? 0); i++)
        {
            var volume = volumes![i];
            var at = path.Index(i);
            var own = new List<FieldError>();
            ValidateVolumeSource(volume, at, own);
            if (volume.Name.Length == 0)
            {
                own.Add(FieldError.Required(at.Child("name")));
            }
            else
            {
                Dns1123Label(volume.Name, at.Child("name"), own);
            }

            if (names.Contains(volume.Name))
            {
                own.Add(FieldError.Duplicate(at.Child("name"), volume.Name));
            }

            // As upstream, a volume with errors is not registered, so mounts of it report NotFound too.
            if (own.Count == 0)
            {
                names.Add(volume.Name);
            }

            errors.AddRange(own);
        }

        return names;
    }

    private static void ValidateVolumeSource(Volume volume, FieldPath path, List<FieldError> errors)
    {
        // Upstream checks the sources in VolumeSource field order and blames every one after the first.
        var sources = new (object? Source, string Name, Action<FieldPath>? Check)[]
        {
            (volume.EmptyDir, "emptyDir", p => ValidateEmptyDir(volume.EmptyDir!, p, errors)),
            (volume.HostPath, "hostPath", p => ValidateHostPath(volume.HostPath!, p, errors)),
            (volume.GitRepo, "gitRepo", null),
            (volume.GcePersistentDisk, "gcePersistentDisk", null),
            (volume.AwsElasticBlockStore, "awsElasticBlockStore", null),
            (volume.Secret, "secret", p => ValidateSecretSource(volume.Secret!, p, errors)),
            (volume.Nfs, "nfs", null),
            (volume.Iscsi, "iscsi", null),
            (volume.Glusterfs, "glusterfs", null),
            (volume.Flocker, "flocker", null),
            (volume.PersistentVolumeClaim, "persistentVolumeClaim", p => RequiredString(volume.PersistentVolumeClaim!.ClaimName, p.Child("claimName"), errors)),
            (volume.Rbd, "rbd", null),
            (volume.Cinder, "cinder", null),
            (volume.Cephfs, "cephFS", null),
            (volume.Quobyte, "quobyte", null),
            // "downwarAPI" is upstream's spelling in this one message.
            (volume.DownwardAPI, "downwarAPI", _ => ValidateDownwardAPISource(volume.DownwardAPI!, path.Child("downwardAPI"), errors)),
            (volume.Fc, "fc", null),
            (volume.FlexVolume, "flexVolume", null),
            (volume.ConfigMap, "configMap", p => ValidateConfigMapSource(volume.ConfigMap!, p, errors)),
            (volume.AzureFile, "azureFile", null),
            (volume.VsphereVolume, "vsphereVolume", null),
            (volume.PhotonPersistentDisk, "photonPersistentDisk", null),
            (volume.PortworxVolume, "portworxVolume", null),
            (volume.AzureDisk, "azureDisk", null),
            (volume.Storageos, "storageos", null),
            (volume.Projected, "projected", p => ValidateProjectedSource(volume.Projected!, p, errors)),
            (volume.ScaleIO, "scaleIO", null),
            (volume.Csi, "csi", null),
            (volume.Ephemeral, "ephemeral", null),
            (volume.Image, "image", null),
        };

        var count = 0;
        foreach (var (source, name, check) in sources)
        {
            if (source is null)
            {
                continue;
            }

            if (count++ > 0)
            {
                errors.Add(FieldError.Forbidden(path.Child(name), MoreThanOneVolumeType));
            }
            else
            {
                check?.Invoke(path.Child(name));
            }
        }

        // No source at all is not an error: upstream defaulting turns it into an emptyDir.
    }

    private static void ValidateEmptyDir(EmptyDirVolumeSource source, FieldPath path, List<FieldError> errors)
    {
        if (source.SizeLimit is { Sign: < 0 })
        {
            errors.Add(FieldError.Forbidden(path.Child("sizeLimit"), "SizeLimit field must be a valid resource quantity"));
        }
    }

    /// <summary>Upstream validateHostPathVolumeSource, shared with PersistentVolumes.</summary>
    public static void ValidateHostPath(HostPathVolumeSource source, FieldPath path, List<FieldError> errors)
    {
        if (source.Path.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("path")));
            return;
        }

        PathNoBacksteps(source.Path, path.Child("path"), errors);
        if (source.Type is not null && !HostPathTypes.Contains(source.Type))
        {
            errors.Add(FieldError.NotSupported(path.Child("type"), source.Type, HostPathTypes));
        }
    }

    private static void ValidateSecretSource(SecretVolumeSource source, FieldPath path, List<FieldError> errors)
    {
        RequiredString(source.SecretName, path.Child("secretName"), errors);
        FileMode(source.DefaultMode, path.Child("defaultMode"), errors);
        KeyToPaths(source.Items, path.Child("items"), errors);
    }

    private static void ValidateConfigMapSource(ConfigMapVolumeSource source, FieldPath path, List<FieldError> errors)
    {
        RequiredString(source.Name, path.Child("name"), errors);
        FileMode(source.DefaultMode, path.Child("defaultMode"), errors);
        KeyToPaths(source.Items, path.Child("items"), errors);
    }

    private static void KeyToPaths(List<KeyToPath>? items, FieldPath path, List<FieldError> errors)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            ValidateKeyToPath(items![i], path.Index(i), errors);
        }
    }

    private static void ValidateKeyToPath(KeyToPath item, FieldPath path, List<FieldError> errors)
    {
        RequiredString(item.Key, path.Child("key"), errors);
        RequiredString(item.Path, path.Child("path"), errors);
        LocalNonReservedPath(item.Path, path.Child("path"), errors);
        FileMode(item.Mode, path.Child("mode"), errors);
    }

    private static void ValidateDownwardAPISource(DownwardAPIVolumeSource source, FieldPath path, List<FieldError> errors)
    {
        FileMode(source.DefaultMode, path.Child("defaultMode"), errors);

        // Upstream reports item errors against the source path, without the item index.
        foreach (var file in source.Items ?? [])
        {
            ValidateDownwardAPIFile(file, path, errors);
        }
    }

    private static void ValidateDownwardAPIFile(DownwardAPIVolumeFile file, FieldPath path, List<FieldError> errors)
    {
        RequiredString(file.Path, path.Child("path"), errors);
        LocalNonReservedPath(file.Path, path.Child("path"), errors);
        if (file.FieldRef is not null)
        {
            ValidateObjectFieldSelector(file.FieldRef, VolumeFieldPaths, path.Child("fieldRef"), errors);
            if (file.ResourceFieldRef is not null)
            {
                errors.Add(FieldError.Invalid(path, "resource", "fieldRef and resourceFieldRef can not be specified simultaneously"));
            }
        }
        else if (file.ResourceFieldRef is not null)
        {
            ValidateResourceFieldSelector(file.ResourceFieldRef, path.Child("resourceFieldRef"), volume: true, errors);
        }
        else
        {
            errors.Add(FieldError.Required(path, "one of fieldRef and resourceFieldRef is required"));
        }

        FileMode(file.Mode, path.Child("mode"), errors);
    }

    private static void FileMode(int? mode, FieldPath path, List<FieldError> errors)
    {
        if (mode is < 0 or > 511)
        {
            errors.Add(FieldError.Invalid(path, mode.Value, "must be a number between 0 and 0777 (octal), both inclusive"));
        }
    }

    /// <summary>Upstream ValidateLocalNonReservedPath: relative, no ".." element, not starting with "..".</summary>
    private static void LocalNonReservedPath(string target, FieldPath path, List<FieldError> errors)
    {
        if (target.StartsWith('/'))
        {
            errors.Add(FieldError.Invalid(path, target, "must be a relative path"));
        }

        PathNoBacksteps(target, path, errors);
        if (target.StartsWith("..", StringComparison.Ordinal) && !target.StartsWith("../", StringComparison.Ordinal))
        {
            errors.Add(FieldError.Invalid(path, target, "must not start with '..'"));
        }
    }

    private static void PathNoBacksteps(string target, FieldPath path, List<FieldError> errors)
    {
        if (target.Split('/').Contains(".."))
        {
            errors.Add(FieldError.Invalid(path, target, "must not contain '..'"));
        }
    }

    private static void RequiredString(string? value, FieldPath path, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(FieldError.Required(path));
        }
    }

    private static void Dns1123Label(string value, FieldPath path, List<FieldError> errors)
    {
        foreach (var message in NameValidation.IsDNS1123Label(value))
        {
            errors.Add(FieldError.Invalid(path, value, message));
        }
    }
}
