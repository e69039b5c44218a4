using System.Text;
using Dotkube.Api.Naming;
using Dotkube.Api.Networking.V1;

namespace Dotkube.Api.Validation.Networking;

/// <summary>Upstream ValidateIngressClass / ValidateIngressClassUpdate: controller required and immutable, parameters scoped.</summary>
public sealed class IngressClassValidator : ObjectValidator<IngressClass>
{
    private const int MaxControllerLength = 250;

    // sets.List order, as upstream prints them.
    private static readonly string[] Scopes = ["Cluster", "Namespace"];

    protected override void ValidateCreate(IngressClass obj, List<FieldError> errors)
    {
        var controller = obj.Spec.Controller ?? "";
        var path = Spec.Child("controller");
        if (controller.Length == 0)
        {
            errors.Add(FieldError.Required(path));
        }
        else
        {
            if (Encoding.UTF8.GetByteCount(controller) > MaxControllerLength)
            {
                errors.Add(FieldError.TooLong(path, "", MaxControllerLength));
            }

            DomainPrefixedPath.Validate(controller, path, errors);
        }

        if (obj.Spec.Parameters is { } parameters)
        {
            ValidateParameters(parameters, Spec.Child("parameters"), errors);
        }
    }

    protected override void ValidateUpdate(IngressClass obj, IngressClass old, List<FieldError> errors)
    {
        ObjectMetaValidation.Immutable(obj.Spec.Controller ?? "", old.Spec.Controller ?? "", Spec.Child("controller"), errors);
        ValidateCreate(obj, errors);
    }

    private static void ValidateParameters(IngressClassParametersReference parameters, FieldPath path, List<FieldError> errors)
    {
        ReferenceValidation.ValidateTypedReference(parameters.ApiGroup, parameters.Kind, parameters.Name, path, errors);
        // Unset scope is defaulted to Cluster.
        var scope = parameters.Scope ?? "Cluster";
        if (!Scopes.Contains(scope))
        {
            errors.Add(FieldError.NotSupported(path.Child("scope"), scope, Scopes));
        }
        else if (scope == "Namespace")
        {
            if (parameters.Namespace is not { } ns)
            {
                errors.Add(FieldError.Required(path.Child("namespace"), "`parameters.scope` is set to 'Namespace'"));
            }
            else
            {
                foreach (var message in NameValidation.IsDNS1123Label(ns))
                {
                    errors.Add(FieldError.Invalid(path.Child("namespace"), ns, message));
                }
            }
        }
        else if (parameters.Namespace is not null)
        {
            errors.Add(FieldError.Forbidden(path.Child("namespace"), "`parameters.scope` is set to 'Cluster'"));
        }
    }
}
