namespace Dotkube.Scheduler.Profiles;

/// <summary>The keys of a profile's "plugins" object (upstream v1.Plugins), in the order the framework runs them.</summary>
public static class ExtensionPoints
{
    public const string MultiPoint = "multiPoint";
    public const string PreEnqueue = "preEnqueue";
    public const string QueueSort = "queueSort";
    public const string PreFilter = "preFilter";
    public const string Filter = "filter";
    public const string PostFilter = "postFilter";
    public const string PreScore = "preScore";
    public const string Score = "score";
    public const string Reserve = "reserve";
    public const string Permit = "permit";
    public const string PreBind = "preBind";
    public const string Bind = "bind";
    public const string PostBind = "postBind";

    public static IReadOnlyList<string> All { get; } =
        [MultiPoint, PreEnqueue, QueueSort, PreFilter, Filter, PostFilter, PreScore, Score, Reserve, Permit, PreBind, Bind, PostBind];
}
