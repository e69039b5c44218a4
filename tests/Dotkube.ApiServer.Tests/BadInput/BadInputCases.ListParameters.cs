using System.Text;
using static Dotkube.ApiServer.Tests.BadInput.Upstream;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    /// <summary>The Forbidden detail ValidateListOptions gives a list's resourceVersionMatch without resourceVersion.</summary>
    private const string MatchWithoutVersion = "resourceVersionMatch is forbidden unless resourceVersion is provided";

    /// <summary>
    /// List and watch query parameters. Numbers are converted with strconv.ParseInt and its
    /// error is the whole 400 message. resourceVersionMatch is checked by ValidateListOptions
    /// (422 Invalid on ListOptions.meta.k8s.io). Continue tokens are decoded by the storage
    /// (400 "invalid continue token: continue key is not valid...").
    /// </summary>
    private static void ListParameters(CaseSet.Category add)
    {
        var cms = ResourceKind.ConfigMaps.Collection;
        var pods = ResourceKind.Pods.Collection;
        var deployments = ResourceKind.Deployments.Collection;
        var services = ResourceKind.Services.Collection;
        var nodes = ResourceKind.Nodes.Collection;
        var namespaces = ResourceKind.Namespaces.Collection;

        List(add, "configmaps", cms, "limit=abc", ParseInt("abc", "invalid syntax"));
        List(add, "pods", pods, "limit=1.5", ParseInt("1.5", "invalid syntax"));
        List(add, "nodes", nodes, "limit=99999999999999999999", ParseInt("99999999999999999999", "value out of range"));
        List(add, "services", services, "timeoutSeconds=abc", ParseInt("abc", "invalid syntax"));

        List(add, "configmaps", cms, "resourceVersionMatch=NotOlderThan without resourceVersion",
            OptionsInvalid("ListOptions", FieldForbidden("resourceVersionMatch", MatchWithoutVersion)), "resourceVersionMatch=NotOlderThan");
        List(add, "pods", pods, "resourceVersionMatch=Exact without resourceVersion",
            OptionsInvalid("ListOptions", FieldForbidden("resourceVersionMatch", MatchWithoutVersion)), "resourceVersionMatch=Exact");
        List(add, "services", services, "resourceVersion=1&resourceVersionMatch=Bogus",
            OptionsInvalid("ListOptions", FieldNotSupported("resourceVersionMatch", Quote("Bogus"), "Exact", "NotOlderThan", "")));
        List(add, "nodes", nodes, "resourceVersion=0&resourceVersionMatch=Exact",
            OptionsInvalid("ListOptions", FieldForbidden("resourceVersionMatch", "resourceVersionMatch \"exact\" is forbidden for resourceVersion \"0\"")));
        List(add, "namespaces", namespaces, "resourceVersionMatch=Bogus without resourceVersion",
            OptionsInvalid("ListOptions", FieldForbidden("resourceVersionMatch", MatchWithoutVersion),
                FieldNotSupported("resourceVersionMatch", Quote("Bogus"), "Exact", "NotOlderThan", "")), "resourceVersionMatch=Bogus");
        List(add, "deployments", deployments, "resourceVersionMatch with continue",
            OptionsInvalid("ListOptions", FieldForbidden("resourceVersionMatch", "resourceVersionMatch is forbidden when continue is provided")),
            $"resourceVersion=1&resourceVersionMatch=NotOlderThan&continue={Token(7, "x\0")}");

        var invalidToken = BadRequest().WithPrefix("invalid continue token: continue key is not valid");
        List(add, "configmaps", cms, "continue not base64", invalidToken, "continue=%21%21%21");
        List(add, "pods", pods, "continue not JSON", invalidToken, "continue=" + Base64Url("not json"));
        List(add, "deployments", deployments, "continue of an unknown version", invalidToken,
            "continue=" + Base64Url("{\"v\":\"meta.k8s.io/v2\",\"rv\":7,\"start\":\"x\\u0000\"}"));
        List(add, "services", services, "continue with revision 0", invalidToken, "continue=" + Token(0, "x\0"));
        List(add, "nodes", nodes, "continue with an empty start key", invalidToken, "continue=" + Token(7, ""));
        List(add, "configmaps", cms, "continue with a start key that walks up", invalidToken, "continue=" + Token(7, "x/../y"));
        List(add, "namespaces", namespaces, "continue with a resourceVersion",
            BadRequest("specifying resource version is not allowed when using continue"), $"resourceVersion=5&continue={Token(7, "x\0")}");

        WatchCase(add, "services", services, "resourceVersionMatch=NotOlderThan", OptionsInvalid("ListOptions",
            FieldForbidden("resourceVersionMatch", "resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided")));
        WatchCase(add, "configmaps", cms, "resourceVersionMatch=Exact", OptionsInvalid("ListOptions",
            FieldForbidden("resourceVersionMatch", "resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided"),
            FieldNotSupported("resourceVersionMatch", Quote("Exact"), "NotOlderThan")));
        add.Add("watch namespaces timeoutSeconds=abc", HttpMethod.Get, namespaces + "?watch=true&timeoutSeconds=abc", null, (string?)null,
            ParseInt("abc", "invalid syntax"));
        WatchCase(add, "pods", pods, "limit=abc", ParseInt("abc", "invalid syntax"));
    }

    private static void List(CaseSet.Category add, string plural, string collection, string what, UpstreamAnswer expected, string? query = null) =>
        add.Add($"list {plural} {what}", HttpMethod.Get, $"{collection}?{query ?? what}", null, (string?)null, expected);

    private static void WatchCase(CaseSet.Category add, string plural, string collection, string query, UpstreamAnswer expected) =>
        add.Add($"watch {plural} {query}", HttpMethod.Get, Watch(collection, query), null, (string?)null, expected);

    /// <summary>strconv.ParseInt's error, the whole message of a 400 for a bad number in the query.</summary>
    private static UpstreamAnswer ParseInt(string text, string why) => BadRequest($"strconv.ParseInt: parsing {Quote(text)}: {why}");

    /// <summary>A continue token in upstream's format: base64url (unpadded) of {"v","rv","start"}.</summary>
    private static string Token(long revision, string start) =>
        Base64Url($"{{\"v\":\"meta.k8s.io/v1\",\"rv\":{revision},\"start\":\"{start.Replace("\0", "\\u0000", StringComparison.Ordinal)}\"}}");

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
