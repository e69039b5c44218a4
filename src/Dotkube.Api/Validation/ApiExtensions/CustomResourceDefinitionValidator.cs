using Dotkube.Api.ApiExtensions.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.ApiExtensions;

/// <summary>
/// Upstream ValidateCustomResourceDefinition / ValidateCustomResourceDefinitionUpdate
/// (apiextensions-apiserver validation.go), for the spec-level rules: the name, group, scope,
/// versions and names. Of the schema only the structural root is checked (see <see cref="SchemaRootValidation"/>).
/// </summary>
public sealed class CustomResourceDefinitionValidator : ObjectValidator<CustomResourceDefinition>
{
    private static readonly string[] Scopes = [ResourceScope.Cluster, ResourceScope.Namespaced];

    protected override void ValidateCreate(CustomResourceDefinition obj, List<FieldError> errors)
    {
        ValidateName(obj, errors);
        ValidateSpec(obj.Spec, errors);
    }

    /// <summary>Group and plural make up the name; scope and kind are fixed once the CRD is Established.</summary>
    protected override void ValidateUpdate(CustomResourceDefinition obj, CustomResourceDefinition old, List<FieldError> errors)
    {
        ValidateCreate(obj, errors);
        if (old.Status.Conditions.Any(c => c.Type == "Established" && c.Status == "True"))
        {
            ObjectMetaValidation.Immutable(obj.Spec.Scope, old.Spec.Scope, Spec.Child("scope"), errors);
            ObjectMetaValidation.Immutable(obj.Spec.Names.Kind, old.Spec.Names.Kind, Spec.Child("names", "kind"), errors);
        }

        ObjectMetaValidation.Immutable(obj.Spec.Group, old.Spec.Group, Spec.Child("group"), errors);
        ObjectMetaValidation.Immutable(obj.Spec.Names.Plural, old.Spec.Names.Plural, Spec.Child("names", "plural"), errors);
    }

    /// <summary>Upstream's name rule adds this to the DNS-subdomain check (also for generateName, which thus never fits).</summary>
    private static void ValidateName(CustomResourceDefinition obj, List<FieldError> errors)
    {
        const string detail = "must be spec.names.plural+\".\"+spec.group";
        var required = $"{obj.Spec.Names.Plural}.{obj.Spec.Group}";
        if (!string.IsNullOrEmpty(obj.Metadata.GenerateName))
        {
            errors.Add(FieldError.Invalid(Metadata.Child("generateName"), obj.Metadata.GenerateName, detail));
        }

        if (!string.IsNullOrEmpty(obj.Metadata.Name) && obj.Metadata.Name != required)
        {
            errors.Add(FieldError.Invalid(Metadata.Child("name"), obj.Metadata.Name, detail));
        }
    }

    private static void ValidateSpec(CustomResourceDefinitionSpec spec, List<FieldError> errors)
    {
        if (spec.Group.Length == 0)
        {
            errors.Add(FieldError.Required(Spec.Child("group")));
        }
        else if (NameValidation.IsDNS1123Subdomain(spec.Group) is { Count: > 0 } groupErrors)
        {
            errors.Add(FieldError.Invalid(Spec.Child("group"), spec.Group, string.Join(",", groupErrors)));
        }
        else if (spec.Group.Split('.').Length < 2)
        {
            errors.Add(FieldError.Invalid(Spec.Child("group"), spec.Group, "should be a domain with at least one dot"));
        }

        if (spec.Scope.Length == 0)
        {
            errors.Add(FieldError.Required(Spec.Child("scope")));
        }
        else if (!Scopes.Contains(spec.Scope))
        {
            errors.Add(FieldError.NotSupported(Spec.Child("scope"), spec.Scope, Scopes));
        }

        ValidateVersions(spec, errors);
        CustomResourceNamesValidation.ValidateRequired(spec.Names, Spec.Child("names"), errors);
        CustomResourceNamesValidation.Validate(spec.Names, Spec.Child("names"), errors);
    }

    private static void ValidateVersions(CustomResourceDefinitionSpec spec, List<FieldError> errors)
    {
        var path = Spec.Child("versions");
        var names = new HashSet<string>(StringComparer.Ordinal);
        var unique = true;
        for (var i = 0; i < spec.Versions.Count; i++)
        {
            var version = spec.Versions[i];
            unique &= names.Add(version.Name);
            if (NameValidation.IsDNS1035Label(version.Name) is { Count: > 0 } nameErrors)
            {
                errors.Add(FieldError.Invalid(path.Index(i).Child("name"), version.Name, string.Join(",", nameErrors)));
            }

            if (spec.PreserveUnknownFields != true)
            {
                SchemaRootValidation.Validate(version.Schema?.OpenAPIV3Schema, path.Index(i).Child("schema", "openAPIV3Schema"), errors);
            }
        }

        var shown = GoSyntax.Raw("[]apiextensions.CustomResourceDefinitionVersion{...}");
        if (!unique)
        {
            errors.Add(FieldError.Invalid(path, shown, "must contain unique version names"));
        }

        if (spec.Versions.Count(v => v.Storage) != 1)
        {
            errors.Add(FieldError.Invalid(path, shown, "must have exactly one version marked as storage version"));
        }
    }
}
