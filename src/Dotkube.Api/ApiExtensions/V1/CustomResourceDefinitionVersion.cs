namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 CustomResourceDefinitionVersion: one served version; exactly one has storage = true.</summary>
public sealed class CustomResourceDefinitionVersion
{
    public string Name { get; set; } = "";

    public bool Served { get; set; }

    public bool Storage { get; set; }

    public bool? Deprecated { get; set; }

    /// <summary>Overrides the default deprecation warning; only allowed when deprecated is true.</summary>
    public string? DeprecationWarning { get; set; }

    public CustomResourceValidation? Schema { get; set; }

    public CustomResourceSubresources? Subresources { get; set; }

    /// <summary>Absent means a single Age column.</summary>
    public List<CustomResourceColumnDefinition>? AdditionalPrinterColumns { get; set; }

    /// <summary>At most 8 (CustomResourceFieldSelectors, GA in v1.32).</summary>
    public List<SelectableField>? SelectableFields { get; set; }
}
