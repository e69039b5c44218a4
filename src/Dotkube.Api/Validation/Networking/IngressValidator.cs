using Dotkube.Api.Naming;
using Dotkube.Api.Networking.V1;

namespace Dotkube.Api.Validation.Networking;

/// <summary>
/// Upstream ValidateIngressCreate / ValidateIngressUpdate (pkg/apis/networking/validation).
/// On update, invalid TLS secret names and wildcard-host rule values already stored stay allowed.
/// </summary>
public sealed class IngressValidator : ObjectValidator<Ingress>
{
    private const string IngressClassAnnotation = "kubernetes.io/ingress.class";

    protected override void ValidateCreate(Ingress obj, List<FieldError> errors)
    {
        ValidateSpec(obj.Spec, allowInvalidSecretName: false, allowInvalidWildcardHostRule: false, errors);
        if (obj.Metadata.Annotations?.TryGetValue(IngressClassAnnotation, out var annotation) == true
            && obj.Spec.IngressClassName is { } className && annotation != className)
        {
            errors.Add(FieldError.Invalid(FieldPath.Root("annotations").Child(IngressClassAnnotation), annotation,
                "must match `ingressClassName` when both are specified"));
        }
    }

    protected override void ValidateUpdate(Ingress obj, Ingress old, List<FieldError> errors)
    {
        var allowInvalidSecretName = old.Spec.Tls?.Any(t => TlsSecretNameErrors(t.SecretName).Count > 0) == true;
        var allowInvalidWildcardHostRule = old.Spec.Rules?.Any(r => (r.Host ?? "").Contains('*', StringComparison.Ordinal)
            && IngressRuleValidation.RuleValueErrors(r, FieldPath.Root("rules")).Count > 0) == true;
        ValidateSpec(obj.Spec, allowInvalidSecretName, allowInvalidWildcardHostRule, errors);
    }

    private static void ValidateSpec(IngressSpec spec, bool allowInvalidSecretName, bool allowInvalidWildcardHostRule, List<FieldError> errors)
    {
        var rules = spec.Rules ?? [];
        if (rules.Count == 0 && spec.DefaultBackend is null)
        {
            errors.Add(FieldError.Invalid(Spec, GoSyntax.Raw("[]networking.IngressRule(nil)"), "either `defaultBackend` or `rules` must be specified"));
        }

        if (spec.DefaultBackend is { } backend)
        {
            IngressBackendValidation.Validate(backend, Spec.Child("defaultBackend"), errors);
        }

        for (var i = 0; i < rules.Count; i++)
        {
            IngressRuleValidation.Validate(rules[i], Spec.Child("rules").Index(i), allowInvalidWildcardHostRule, errors);
        }

        var tls = spec.Tls ?? [];
        for (var i = 0; i < tls.Count; i++)
        {
            ValidateTls(tls[i], Spec.Child("tls").Index(i), allowInvalidSecretName, errors);
        }

        if (spec.IngressClassName is { } className)
        {
            foreach (var message in NameValidation.IsDNS1123Subdomain(className))
            {
                errors.Add(FieldError.Invalid(Spec.Child("ingressClassName"), className, message));
            }
        }
    }

    private static void ValidateTls(IngressTLS tls, FieldPath path, bool allowInvalidSecretName, List<FieldError> errors)
    {
        var hosts = tls.Hosts ?? [];
        for (var i = 0; i < hosts.Count; i++)
        {
            var messages = hosts[i].Contains('*', StringComparison.Ordinal)
                ? NameValidation.IsWildcardDNS1123Subdomain(hosts[i])
                : NameValidation.IsDNS1123Subdomain(hosts[i]);
            foreach (var message in messages)
            {
                errors.Add(FieldError.Invalid(path.Child("hosts").Index(i), hosts[i], message));
            }
        }

        if (!allowInvalidSecretName)
        {
            foreach (var message in TlsSecretNameErrors(tls.SecretName))
            {
                errors.Add(FieldError.Invalid(path.Child("secretName"), tls.SecretName, message));
            }
        }
    }

    private static IReadOnlyList<string> TlsSecretNameErrors(string? name) =>
        string.IsNullOrEmpty(name) ? [] : NameValidation.IsDNS1123Subdomain(name);
}
