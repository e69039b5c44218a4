using System.Text.Json.Nodes;

namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// Checks an answer against upstream's: a 4xx, never 5xx; a v1 Status with status Failure whose
/// code matches the HTTP code; upstream's code and reason; the message where upstream's is
/// known. Every difference is reported in one failure line, "got ... expected ...".
/// </summary>
public static class StatusAssert
{
    public static void IsUpstreamAnswer(BadInputCase c, CaseSender.Answer answer)
    {
        var problems = Problems(c, answer);
        if (problems.Count > 0)
        {
            Assert.Fail($"{string.Join("; ", problems)}\n  got:      {answer}\n  expected: {c.Expected}");
        }
    }

    private static List<string> Problems(BadInputCase c, CaseSender.Answer answer)
    {
        var problems = new List<string>();
        if (answer.Code is < 400 or >= 500)
        {
            problems.Add(answer.Code >= 500 ? "a server error" : "not a client error");
        }

        var status = answer.Status;
        if (status is null || Text(status, "kind") != "Status" || Text(status, "apiVersion") != "v1" || Text(status, "status") != "Failure")
        {
            problems.Add("the body is not a v1 Status with status Failure");
            return problems;
        }

        if (status["code"] is not JsonValue code || !code.TryGetValue<int>(out var bodyCode) || bodyCode != answer.Code)
        {
            problems.Add("the Status code differs from the HTTP code");
        }

        // Server-side apply is not served yet; refusing its media type is a legitimate answer.
        if (c.MayRejectApply && answer.Code == 415 && Text(status, "reason") == "UnsupportedMediaType")
        {
            return problems;
        }

        var expected = c.Expected;
        if (answer.Code != expected.Code || Text(status, "reason") != expected.Reason)
        {
            problems.Add("code or reason differs from upstream");
        }

        var message = Text(status, "message") ?? "";
        if ((expected.Message is not null && message != expected.Message)
            || (expected.MessagePrefix is not null && !message.StartsWith(expected.MessagePrefix, StringComparison.Ordinal))
            || (expected.MessageContains is not null && !message.Contains(expected.MessageContains, StringComparison.Ordinal)))
        {
            problems.Add("message differs from upstream");
        }

        return problems;
    }

    private static string? Text(JsonObject status, string field) =>
        status[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
