namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PreferredSchedulingTerm: weight in 1-100 added for nodes matching the preference.</summary>
public sealed class PreferredSchedulingTerm
{
    public int Weight { get; set; }

    public NodeSelectorTerm Preference { get; set => field = value ?? new(); } = new();
}
