using static Dotkube.ApiServer.Tests.BadInput.Bodies;
using static Dotkube.ApiServer.Tests.BadInput.Upstream;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    /// <summary>
    /// DELETE with bad DeleteOptions, from the body or the query, each against its own victim.
    /// ValidateDeleteOptions answers 422 Invalid on DeleteOptions.meta.k8s.io before the object
    /// is read; failed preconditions are 409 Conflict. A body that does not decode as
    /// DeleteOptions is 500 in v1.32 (kubernetes#132359) and 400 BadRequest since v1.35
    /// (#133358); the latter is expected.
    /// </summary>
    private static void Deletes(CaseSet set, CaseSet.Category add)
    {
        var cms = ResourceKind.ConfigMaps;
        Delete(add, set, cms, "body cut short", Json, "{\"propagationPolicy\":", BadRequest());
        Delete(add, set, ResourceKind.Pods, "body is a list", Json, "[]", BadRequest());
        Delete(add, set, ResourceKind.Deployments, "gracePeriodSeconds is a string", Json, """{"gracePeriodSeconds":"ten"}""", BadRequest());
        Delete(add, set, cms, "preconditions is a string", Json, """{"preconditions":"x"}""", BadRequest());
        Delete(add, set, cms, "body of another kind", Json, """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"}}""", BadRequest());
        Delete(add, set, cms, "YAML body cut short", Yaml, "propagationPolicy: [Orphan\n", BadRequest());

        Delete(add, set, ResourceKind.Services, "propagationPolicy Bogus in the body", Json, """{"propagationPolicy":"Bogus"}""",
            OptionsInvalid("DeleteOptions", FieldNotSupported("propagationPolicy", Quote("Bogus"), "Foreground", "Background", "Orphan", "nil")));
        Delete(add, set, ResourceKind.Nodes, "orphanDependents and propagationPolicy in the body", Json,
            """{"orphanDependents":true,"propagationPolicy":"Orphan"}""",
            OptionsInvalid("DeleteOptions", FieldInvalid("propagationPolicy", Quote("Orphan"), "orphanDependents and deletionPropagation cannot be both set")));
        Delete(add, set, ResourceKind.Namespaces, "dryRun Bogus in the body", Json, """{"dryRun":["Bogus"]}""",
            OptionsInvalid("DeleteOptions", DryRun("Bogus")));

        // The storage compares preconditions; the Conflict's cause is a StorageError text.
        var victim = set.Victim(cms);
        add.Add("DELETE configmaps precondition on another uid", HttpMethod.Delete, cms.Item(victim), Json,
            """{"preconditions":{"uid":"00000000-0000-0000-0000-000000000000"}}""",
            new UpstreamAnswer(409, "Conflict").WithPrefix($"Operation cannot be fulfilled on configmaps \"{victim}\": "));
        victim = set.Victim(cms);
        add.Add("DELETE configmaps precondition on a stale resourceVersion", HttpMethod.Delete, cms.Item(victim), Json,
            """{"preconditions":{"resourceVersion":"1"}}""",
            new UpstreamAnswer(409, "Conflict").WithPrefix($"Operation cannot be fulfilled on configmaps \"{victim}\": "));

        Delete(add, set, cms, "options body as text/plain", "text/plain", """{"propagationPolicy":"Background"}""", UnsupportedObjectMediaType());

        DeleteQuery(add, set, ResourceKind.Pods, "gracePeriodSeconds=abc", ParseInt("abc", "invalid syntax"));
        DeleteQuery(add, set, ResourceKind.Deployments, "propagationPolicy=Bogus",
            OptionsInvalid("DeleteOptions", FieldNotSupported("propagationPolicy", Quote("Bogus"), "Foreground", "Background", "Orphan", "nil")));
        DeleteQuery(add, set, ResourceKind.Services, "dryRun=Bogus", OptionsInvalid("DeleteOptions", DryRun("Bogus")));
        DeleteQuery(add, set, ResourceKind.Nodes, "orphanDependents=true&propagationPolicy=Background",
            OptionsInvalid("DeleteOptions", FieldInvalid("propagationPolicy", Quote("Background"), "orphanDependents and deletionPropagation cannot be both set")));
        add.Add("deletecollection configmaps dryRun=Bogus", HttpMethod.Delete, cms.Collection + "?dryRun=Bogus", null, (string?)null,
            OptionsInvalid("DeleteOptions", DryRun("Bogus")));

        // NamespaceLifecycle refuses to delete the system namespaces.
        add.Add("DELETE namespaces default", HttpMethod.Delete, "/api/v1/namespaces/default", null, (string?)null,
            new UpstreamAnswer(403, "Forbidden") { Message = "namespaces \"default\" is forbidden: this namespace may not be deleted" });
    }

    private static void Delete(CaseSet.Category add, CaseSet set, ResourceKind kind, string what, string contentType, string body, UpstreamAnswer expected) =>
        add.Add($"DELETE {kind.Plural} {what}", HttpMethod.Delete, kind.Item(set.Victim(kind)), contentType, body, expected);

    private static void DeleteQuery(CaseSet.Category add, CaseSet set, ResourceKind kind, string query, UpstreamAnswer expected) =>
        add.Add($"DELETE {kind.Plural} {query}", HttpMethod.Delete, $"{kind.Item(set.Victim(kind))}?{query}", null, (string?)null, expected);
}
