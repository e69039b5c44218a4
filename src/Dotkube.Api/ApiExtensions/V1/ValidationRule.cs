namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 ValidationRule: one x-kubernetes-validations CEL rule, scoped to its schema node.</summary>
public sealed class ValidationRule
{
    /// <summary>The CEL expression; using oldSelf makes it a transition rule.</summary>
    public string Rule { get; set; } = "";

    /// <summary>Defaults to "failed rule: {rule}"; required when the rule spans lines.</summary>
    public string? Message { get; set; }

    public string? MessageExpression { get; set; }

    /// <summary>FieldValueInvalid (default), FieldValueForbidden, FieldValueRequired or FieldValueDuplicate.</summary>
    public string? Reason { get; set; }

    public string? FieldPath { get; set; }

    /// <summary>Evaluate a transition rule on create too, with oldSelf as a CEL optional.</summary>
    public bool? OptionalOldSelf { get; set; }
}
