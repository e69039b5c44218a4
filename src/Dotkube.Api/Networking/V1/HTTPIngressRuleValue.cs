namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 HTTPIngressRuleValue: path-to-backend mappings.</summary>
public sealed class HTTPIngressRuleValue
{
    /// <summary>Required (no omitempty upstream), so always written.</summary>
    public List<HTTPIngressPath> Paths { get; set => field = value ?? []; } = [];
}
