namespace Dotkube.Api.Meta;

/// <summary>Discovery: <c>/apis</c>.</summary>
public sealed class APIGroupList : TypeMeta
{
    public List<APIGroup> Groups { get; set => field = value ?? []; } = [];
}
