namespace Dotkube.Api.Selectors;

/// <summary>selection.Operator: the relations a label or field requirement can express.</summary>
public enum SelectionOperator
{
    /// <summary>"in": the key exists and its value is one of the values.</summary>
    In,

    /// <summary>"notin": the key is absent, or its value is none of the values.</summary>
    NotIn,

    /// <summary>"=": as <see cref="In"/> with one value.</summary>
    Equal,

    /// <summary>"==": the same as <see cref="Equal"/>, kept apart because it prints differently.</summary>
    DoubleEqual,

    /// <summary>"!=": as <see cref="NotIn"/> with one value.</summary>
    NotEqual,

    /// <summary>"gt" ("&gt;" in selector strings): the value, read as an int64, is greater.</summary>
    GreaterThan,

    /// <summary>"lt" ("&lt;" in selector strings): the value, read as an int64, is smaller.</summary>
    LessThan,

    /// <summary>"exists": a bare key.</summary>
    Exists,

    /// <summary>"!": "!key".</summary>
    DoesNotExist,
}
