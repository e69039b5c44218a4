namespace Dotkube.Api.Core.V1;

/// <summary>The effects of a <see cref="Taint"/> (upstream core/v1 TaintEffect).</summary>
public static class TaintEffect
{
    public const string NoSchedule = "NoSchedule";
    public const string PreferNoSchedule = "PreferNoSchedule";
    public const string NoExecute = "NoExecute";
}
