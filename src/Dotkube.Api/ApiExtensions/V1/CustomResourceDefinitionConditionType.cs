namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>Condition types of a CustomResourceDefinition.</summary>
public static class CustomResourceDefinitionConditionType
{
    /// <summary>All names were accepted once; stays true until deletion, even if later names conflict.</summary>
    public const string Established = "Established";

    public const string NamesAccepted = "NamesAccepted";

    /// <summary>Some schema is not structural; pruning, defaulting and webhook conversion are off.</summary>
    public const string NonStructuralSchema = "NonStructuralSchema";

    public const string KubernetesAPIApprovalPolicyConformant = "KubernetesAPIApprovalPolicyConformant";

    /// <summary>Deleted; instances are being removed before the finalizer is dropped.</summary>
    public const string Terminating = "Terminating";
}
