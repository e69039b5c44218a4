using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

public sealed partial class PersistentVolumeValidator
{
    private const string MoreThanOneVolumeType = "may not specify more than 1 volume type";

    /// <summary>
    /// Exactly one PersistentVolumeSource, checked in upstream's order. Quirks kept: flexVolume
    /// counts but is never itself blamed, and gcePersistentDisk's own checks run under
    /// "persistentDisk", cephFS's under "cephfs".
    /// </summary>
    private static void ValidateSources(PersistentVolumeSpec spec, bool hasNodeAffinity, List<FieldError> errors)
    {
        var sources = new (object? Source, string Name, Action? Check)[]
        {
            (spec.HostPath, "hostPath", () => PodSpecValidation.ValidateHostPath(spec.HostPath!, Spec.Child("hostPath"), errors)),
            (spec.GcePersistentDisk, "gcePersistentDisk", null),
            (spec.AwsElasticBlockStore, "awsElasticBlockStore", null),
            (spec.Glusterfs, "glusterfs", null),
            (spec.Flocker, "flocker", null),
            (spec.Nfs, "nfs", () => ValidateNfs(spec.Nfs!, Spec.Child("nfs"), errors)),
            (spec.Rbd, "rbd", null),
            (spec.Quobyte, "quobyte", null),
            (spec.Cephfs, "cephFS", null),
            (spec.Iscsi, "iscsi", null),
            (spec.Cinder, "cinder", null),
            (spec.Fc, "fc", null),
            (spec.FlexVolume, "flexVolume", null),
            (spec.AzureFile, "azureFile", null),
            (spec.VsphereVolume, "vsphereVolume", null),
            (spec.PhotonPersistentDisk, "photonPersistentDisk", null),
            (spec.PortworxVolume, "portworxVolume", null),
            (spec.AzureDisk, "azureDisk", null),
            (spec.ScaleIO, "scaleIO", null),
            (spec.Local, "local", () => ValidateLocal(spec.Local!, hasNodeAffinity, errors)),
            (spec.Storageos, "storageos", null),
            (spec.Csi, "csi", () => ValidateCsi(spec.Csi!, Spec.Child("csi"), errors)),
        };

        var count = 0;
        foreach (var (source, name, check) in sources)
        {
            if (source is null)
            {
                continue;
            }

            if (count > 0 && name != "flexVolume")
            {
                errors.Add(FieldError.Forbidden(Spec.Child(name), MoreThanOneVolumeType));
                continue;
            }

            count++;
            check?.Invoke();
        }

        if (count == 0)
        {
            errors.Add(FieldError.Required(Spec, "must specify a volume type"));
        }
    }

    /// <summary>Upstream validateNFSVolumeSource.</summary>
    private static void ValidateNfs(NFSVolumeSource nfs, FieldPath path, List<FieldError> errors)
    {
        StorageValidation.Required(nfs.Server, path.Child("server"), errors);
        StorageValidation.Required(nfs.Path, path.Child("path"), errors);
        if (!nfs.Path.StartsWith('/'))
        {
            errors.Add(FieldError.Invalid(path.Child("path"), nfs.Path, "must be an absolute path"));
        }
    }

    /// <summary>Upstream validateLocalVolumeSource; a local volume also needs node affinity.</summary>
    private static void ValidateLocal(LocalVolumeSource local, bool hasNodeAffinity, List<FieldError> errors)
    {
        var path = Spec.Child("local");
        if (local.Path.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("path")));
        }
        else
        {
            StorageValidation.PathNoBacksteps(local.Path, path.Child("path"), errors);
        }

        if (!hasNodeAffinity)
        {
            errors.Add(FieldError.Required(Spec.Child("nodeAffinity"), "Local volume requires node affinity"));
        }
    }

    /// <summary>Upstream validateCSIPersistentVolumeSource.</summary>
    private static void ValidateCsi(CSIPersistentVolumeSource csi, FieldPath path, List<FieldError> errors)
    {
        ValidateCsiDriverName(csi.Driver, path.Child("driver"), errors);
        StorageValidation.Required(csi.VolumeHandle, path.Child("volumeHandle"), errors);
        SecretReference(csi.ControllerPublishSecretRef, path.Child("controllerPublishSecretRef"), errors);
        SecretReference(csi.ControllerExpandSecretRef, path.Child("controllerExpandSecretRef"), errors);
        SecretReference(csi.NodePublishSecretRef, path.Child("nodePublishSecretRef"), errors);
        SecretReference(csi.NodeExpandSecretRef, path.Child("nodeExpandSecretRef"), errors);
    }

    /// <summary>Upstream ValidateCSIDriverName: at most 63 characters, a subdomain once lower-cased.</summary>
    private static void ValidateCsiDriverName(string driver, FieldPath path, List<FieldError> errors)
    {
        if (driver.Length == 0)
        {
            errors.Add(FieldError.Required(path));
        }

        if (driver.Length > 63)
        {
            errors.Add(FieldError.TooLong(path, "", 63));
        }

        foreach (var message in NameValidation.IsDNS1123Subdomain(driver.ToLowerInvariant()))
        {
            errors.Add(FieldError.Invalid(path, driver, message));
        }
    }

    /// <summary>Upstream validatePVSecretReference: a subdomain name in a label namespace, both required.</summary>
    private static void SecretReference(SecretReference? reference, FieldPath path, List<FieldError> errors)
    {
        if (reference is null)
        {
            return;
        }

        if (string.IsNullOrEmpty(reference.Name))
        {
            errors.Add(FieldError.Required(path.Child("name")));
        }
        else
        {
            foreach (var message in NameValidation.IsDNS1123Subdomain(reference.Name))
            {
                errors.Add(FieldError.Invalid(path.Child("name"), reference.Name, message));
            }
        }

        if (string.IsNullOrEmpty(reference.Namespace))
        {
            errors.Add(FieldError.Required(path.Child("namespace")));
        }
        else
        {
            foreach (var message in NameValidation.IsDNS1123Label(reference.Namespace))
            {
                errors.Add(FieldError.Invalid(path.Child("namespace"), reference.Namespace, message));
            }
        }
    }
}
