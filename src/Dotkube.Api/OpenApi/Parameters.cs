using System.Text.Json.Nodes;

namespace Dotkube.Api.OpenApi;

/// <summary>
/// The query and path parameters of the standard operations, by name. Each use gets a fresh
/// node (a node has one parent); parameter lists are ordered by name, as upstream's.
/// </summary>
internal static class Parameters
{
    public static readonly string[] List =
        ["allowWatchBookmarks", "continue", "fieldSelector", "labelSelector", "limit", "resourceVersion",
         "resourceVersionMatch", "sendInitialEvents", "timeoutSeconds", "watch"];

    public static readonly string[] Write = ["dryRun", "fieldManager", "fieldValidation"];

    public static readonly string[] Patch = ["dryRun", "fieldManager", "fieldValidation", "force"];

    public static readonly string[] Delete =
        ["dryRun", "gracePeriodSeconds", "ignoreStoreReadErrorWithClusterBreakingPotential", "orphanDependents", "propagationPolicy"];

    public static readonly string[] DeleteCollection =
        ["continue", "dryRun", "fieldSelector", "gracePeriodSeconds", "ignoreStoreReadErrorWithClusterBreakingPotential",
         "labelSelector", "limit", "orphanDependents", "propagationPolicy", "resourceVersion", "resourceVersionMatch",
         "sendInitialEvents", "timeoutSeconds"];

    private static readonly Dictionary<string, (string Type, string Description)> Query = new()
    {
        ["pretty"] = ("string", "If 'true', the response is indented for reading."),
        ["allowWatchBookmarks"] = ("boolean", "Ask for BOOKMARK watch events, which carry only a resourceVersion to resume from. Servers may send them at any interval, or never; ignored unless watching."),
        ["continue"] = ("string", "The token from a previous paged list's metadata.continue, to fetch the next page. A token that has expired gets 410 Gone. Not supported with watch."),
        ["fieldSelector"] = ("string", "Restrict the result to objects whose fields match this selector. Defaults to everything."),
        ["labelSelector"] = ("string", "Restrict the result to objects whose labels match this selector. Defaults to everything."),
        ["limit"] = ("integer", "The most items to return; when more remain, the list's metadata.continue is set. Not supported with watch."),
        ["resourceVersion"] = ("string", "Constrain which resource version the result may be served from; see the API concepts documentation on resource versions. Defaults to unset."),
        ["resourceVersionMatch"] = ("string", "How resourceVersion applies to a list: NotOlderThan or Exact. Defaults to unset."),
        ["sendInitialEvents"] = ("boolean", "With watch=true, begin the stream with synthetic ADDED events for the current state, followed by a BOOKMARK annotated k8s.io/initial-events-end. Requires resourceVersionMatch=NotOlderThan."),
        ["timeoutSeconds"] = ("integer", "End the list or watch call after this many seconds, whatever its activity."),
        ["watch"] = ("boolean", "Stream add, update and delete notifications for the selected objects instead of listing them. Give a resourceVersion to start from."),
        ["dryRun"] = ("string", "When present, the request is processed but nothing is persisted. The only valid value is All."),
        ["fieldManager"] = ("string", "The name of the actor making the change, at most 128 printable characters. Required for apply patches."),
        ["fieldValidation"] = ("string", "What to do with unknown or duplicate fields in the body: Ignore (drop them), Warn (drop them with a warning header, the default) or Strict (fail the request)."),
        ["force"] = ("boolean", "Force an apply patch: take ownership of fields other managers own. Must be unset for other patch types."),
        ["gracePeriodSeconds"] = ("integer", "Seconds before the object is deleted; zero deletes at once. Unset means the object type's default."),
        ["ignoreStoreReadErrorWithClusterBreakingPotential"] = ("boolean", "Delete an object that cannot be read from storage (undecryptable or undecodable), skipping finalizers and preconditions. Unsafe; defaults to false."),
        ["orphanDependents"] = ("boolean", "Deprecated: use propagationPolicy. Whether dependents are orphaned; cannot be combined with propagationPolicy."),
        ["propagationPolicy"] = ("string", "How dependents are garbage collected: Orphan, Background or Foreground. Defaults to the object's finalizers and the resource's default policy."),
        ["container"] = ("string", "The container to use; may be omitted when the pod has only one."),
        ["follow"] = ("boolean", "Keep streaming the log as it grows. Defaults to false."),
        ["insecureSkipTLSVerifyBackend"] = ("boolean", "Do not verify the kubelet's serving certificate when fetching the log."),
        ["limitBytes"] = ("integer", "Stop after this many bytes of log output."),
        ["previous"] = ("boolean", "Return the log of the previous, terminated instance of the container. Defaults to false."),
        ["sinceSeconds"] = ("integer", "Only the log lines newer than this many seconds."),
        ["stream"] = ("string", "Which output stream to return: All, Stdout or Stderr. Defaults to All."),
        ["tailLines"] = ("integer", "Only this many lines from the end of the log."),
        ["timestamps"] = ("boolean", "Prefix every line with its RFC 3339 timestamp. Defaults to false."),
        ["command"] = ("string", "The command to run, one argument per occurrence of the parameter."),
        ["stdin"] = ("boolean", "Attach the container's standard input. Defaults to false."),
        ["stdout"] = ("boolean", "Attach the container's standard output. Defaults to true."),
        ["stderr"] = ("boolean", "Attach the container's standard error. Defaults to true."),
        ["tty"] = ("boolean", "Allocate a terminal; standard error is then merged into standard output. Defaults to false."),
        ["ports"] = ("integer", "The container port to forward; repeat for more ports."),
        ["path"] = ("string", "The path to forward to on the target."),
    };

    public static JsonObject Of(string name) => Make(name, "query", Query[name].Type, Query[name].Description, required: false);

    public static JsonObject Namespace() =>
        Make("namespace", "path", "string", "The namespace of the object: its name scope and authorization boundary.", required: true);

    public static JsonObject Name(string kind) => Make("name", "path", "string", "name of the " + kind, required: true);

    public static JsonObject ProxyPath() => Make("path", "path", "string", "The path to forward to on the target.", required: true);

    /// <summary>Named query parameters plus extra ones, ordered by name.</summary>
    public static JsonArray Sorted(IEnumerable<string> names, params JsonObject[] extra) =>
        new(names.Select(Of).Concat(extra)
            .OrderBy(p => (string?)p["name"], StringComparer.Ordinal)
            .Select(p => (JsonNode)p)
            .ToArray());

    private static JsonObject Make(string name, string location, string type, string description, bool required)
    {
        var parameter = new JsonObject
        {
            ["description"] = description,
            ["in"] = location,
            ["name"] = name,
            ["schema"] = new JsonObject { ["type"] = type, ["uniqueItems"] = true },
        };
        if (required)
        {
            parameter["required"] = true;
        }

        return parameter;
    }
}
