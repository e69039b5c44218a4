namespace Dotkube.Api.Networking.V1;

/// <summary>
/// networking/v1 IngressRule. Upstream inlines IngressRuleValue, whose only member is http, so it
/// is a plain property here.
/// </summary>
public sealed class IngressRule
{
    /// <summary>A precise host or a single leading wildcard label ("*.foo.com"); no IPs, no ports.</summary>
    public string? Host { get; set; }

    public HTTPIngressRuleValue? Http { get; set; }
}
