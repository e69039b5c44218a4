namespace Dotkube.ApiServer.Metrics;

/// <summary>
/// What upstream's request metrics are broken out by. <see cref="Verb"/> is the reported verb,
/// upper case (GET, LIST, WATCH, CREATE, UPDATE, PATCH, APPLY, DELETE, DELETECOLLECTION,
/// CONNECT); <see cref="DryRun"/> is "All" for dry-run requests and "" otherwise;
/// <see cref="Scope"/> is "namespace", "cluster" or "resource" (a named cluster-scoped object),
/// "" for non-resource paths, whose path goes in <see cref="Subresource"/> as upstream does.
/// </summary>
public readonly record struct RequestMetricLabels(
    string Verb,
    string Group,
    string Version,
    string Resource,
    string Subresource,
    string Scope,
    string DryRun = "");
