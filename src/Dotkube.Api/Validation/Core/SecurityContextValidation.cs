using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

/// <summary>Upstream validatePodSpecSecurityContext and ValidateSecurityContext, the basic rules.</summary>
public static partial class SecurityContextValidation
{
    private const int SysctlMaxLength = 253;
    private const string SysctlPattern = @"([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?";

    private static readonly string[] SeccompTypes = ["Localhost", "RuntimeDefault", "Unconfined"];

    public static void ValidatePod(PodSpec spec, FieldPath path, List<FieldError> errors)
    {
        // Upstream keeps these pod fields in its internal security context, so the rule applies
        // even without one here.
        if (spec.ShareProcessNamespace == true && spec.HostPID == true)
        {
            errors.Add(FieldError.Invalid(path.Child("shareProcessNamespace"), true, "ShareProcessNamespace and HostPID cannot both be enabled"));
        }

        if (spec.SecurityContext is not { } context)
        {
            return;
        }

        if (context.FsGroup is { } fsGroup)
        {
            Range(NameValidation.IsValidGroupID(fsGroup), fsGroup, path.Child("fsGroup"), errors);
        }

        Ids(context.RunAsUser, context.RunAsGroup, path, errors);
        for (var i = 0; i < (context.SupplementalGroups?.Count ?? 0); i++)
        {
            var gid = context.SupplementalGroups![i];
            Range(NameValidation.IsValidGroupID(gid), gid, path.Child("supplementalGroups").Index(i), errors);
        }

        ValidateSysctls(context.Sysctls, path.Child("sysctls"), errors);
        if (context.FsGroupChangePolicy is { } policy && policy is not ("Always" or "OnRootMismatch"))
        {
            errors.Add(FieldError.NotSupported(path.Child("fsGroupChangePolicy"), policy, ["Always", "OnRootMismatch"]));
        }

        ValidateSeccomp(context.SeccompProfile, path.Child("seccompProfile"), errors);
    }

    public static void ValidateContainer(SecurityContext? context, FieldPath path, List<FieldError> errors)
    {
        if (context is null)
        {
            return;
        }

        Ids(context.RunAsUser, context.RunAsGroup, path, errors);
        if (context.ProcMount is { } procMount && procMount is not ("Default" or "Unmasked"))
        {
            errors.Add(FieldError.NotSupported(path.Child("procMount"), procMount, ["Default", "Unmasked"]));
        }

        ValidateSeccomp(context.SeccompProfile, path.Child("seccompProfile"), errors);
    }

    private static void Ids(long? runAsUser, long? runAsGroup, FieldPath path, List<FieldError> errors)
    {
        if (runAsUser is { } uid)
        {
            Range(NameValidation.IsValidUserID(uid), uid, path.Child("runAsUser"), errors);
        }

        if (runAsGroup is { } gid)
        {
            Range(NameValidation.IsValidGroupID(gid), gid, path.Child("runAsGroup"), errors);
        }
    }

    private static void Range(IReadOnlyList<string> messages, long value, FieldPath path, List<FieldError> errors)
    {
        foreach (var message in messages)
        {
            errors.Add(FieldError.Invalid(path, value, message));
        }
    }

    /// <summary>Upstream validateSysctls: names match the sysctl pattern and are unique.</summary>
    private static void ValidateSysctls(List<Sysctl>? sysctls, FieldPath path, List<FieldError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (sysctls?.Count ?? 0); i++)
        {
            var name = sysctls![i].Name;
            var at = path.Index(i).Child("name");
            if (name.Length == 0)
            {
                errors.Add(FieldError.Required(at));
            }
            else if (name.Length > SysctlMaxLength || !SysctlName().IsMatch(name))
            {
                errors.Add(FieldError.Invalid(at, name, $"must have at most {SysctlMaxLength} characters and match regex {SysctlPattern}"));
            }
            else if (names.Contains(name))
            {
                errors.Add(FieldError.Duplicate(at, name));
            }

            names.Add(name);
        }
    }

    private static void ValidateSeccomp(SeccompProfile? profile, FieldPath path, List<FieldError> errors)
    {
        if (profile is null)
        {
            return;
        }

        if (profile.Type.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("type"), "type is required when seccompProfile is set"));
        }
        else if (!SeccompTypes.Contains(profile.Type))
        {
            errors.Add(FieldError.NotSupported(path.Child("type"), profile.Type, SeccompTypes));
        }

        if (profile.Type == "Localhost" && profile.LocalhostProfile is null)
        {
            errors.Add(FieldError.Required(path.Child("localhostProfile"), "must be set when seccomp type is Localhost"));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^" + SysctlPattern + "\\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SysctlName();
}
