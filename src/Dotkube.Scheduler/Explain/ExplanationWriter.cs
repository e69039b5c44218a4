using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Explain;

/// <summary>Renders a <see cref="PlacementExplanation"/> as the CLI prints it: an aligned table, or JSON for -o json.</summary>
public static class ExplanationWriter
{
    /// <summary>
    /// NODE, VERDICT ("fits", or one "rejected by PLUGIN: reason" line per rejecting plugin), SCORE and
    /// the weighted per-plugin BREAKDOWN for feasible nodes; then the summary line.
    /// </summary>
    public static string Table(PlacementExplanation explanation)
    {
        var rows = new List<string[]> { new[] { "NODE", "VERDICT", "SCORE", "BREAKDOWN" } };
        foreach (var node in explanation.Nodes)
        {
            if (node.Fits)
            {
                var fits = node.Scores.Count > 0;
                rows.Add([node.Node, "fits", fits ? Invariant(node.TotalScore) : "", string.Join(", ", node.Scores.Select(Breakdown))]);
                continue;
            }

            var first = true;
            foreach (var verdict in node.Rejections)
            {
                rows.Add([first ? node.Node : "", Verdict(verdict), "", ""]);
                first = false;
            }
        }

        var widths = Enumerable.Range(0, 3).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            var line = $"{row[0].PadRight(widths[0])}   {row[1].PadRight(widths[1])}   {row[2].PadRight(widths[2])}   {row[3]}";
            text.Append(line.TrimEnd()).Append('\n');
        }

        text.Append('\n');
        if (explanation.ScoreError is { } error)
            text.Append("scoring failed: ").Append(error.Message).Append('\n');
        return text.Append(explanation.Summary).Append('\n').ToString();
    }

    public static string Json(PlacementExplanation explanation)
    {
        var nodes = new JsonArray();
        foreach (var node in explanation.Nodes)
        {
            nodes.Add(new JsonObject
            {
                ["name"] = node.Node,
                ["fits"] = node.Fits,
                ["verdicts"] = new JsonArray([.. node.Verdicts.Select(v => (JsonNode)new JsonObject
                {
                    ["plugin"] = v.Plugin,
                    ["stage"] = v.Stage,
                    ["code"] = v.Status.Code.ToString(),
                    ["reasons"] = new JsonArray([.. v.Status.Reasons.Select(r => (JsonNode?)JsonValue.Create(r))]),
                })]),
                ["totalScore"] = node.Fits && node.Scores.Count > 0 ? node.TotalScore : null,
                ["scores"] = new JsonArray([.. node.Scores.Select(s => (JsonNode)new JsonObject
                {
                    ["plugin"] = s.Plugin,
                    ["score"] = s.Score,
                    ["weight"] = s.Weight,
                    ["weighted"] = s.Weighted,
                })]),
            });
        }

        var root = new JsonObject
        {
            ["namespace"] = explanation.Namespace,
            ["pod"] = explanation.Pod,
            ["profile"] = explanation.Profile,
            ["summary"] = explanation.Summary,
            ["scoreError"] = explanation.ScoreError?.Message,
            ["nodes"] = nodes,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static string Verdict(PluginVerdict verdict) =>
        verdict.Status.Code == Code.Error
            ? $"error in {verdict.Plugin}: {verdict.Status.Message}"
            : $"rejected by {verdict.Plugin}: {verdict.Status.Message}";

    private static string Breakdown(PluginScore score) =>
        string.Create(CultureInfo.InvariantCulture, $"{score.Plugin} {score.Weighted} ({score.Score}x{score.Weight})");

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
