namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 CustomResourceValidation: the structural schema used to validate, prune and default.</summary>
public sealed class CustomResourceValidation
{
    public JSONSchemaProps? OpenAPIV3Schema { get; set; }
}
