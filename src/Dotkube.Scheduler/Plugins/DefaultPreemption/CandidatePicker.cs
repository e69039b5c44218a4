namespace Dotkube.Scheduler.Plugins.DefaultPreemption;

/// <summary>Chooses the node to preempt on (upstream pickOneNodeForPreemption).</summary>
public static class CandidatePicker
{
    /// <summary>
    /// Narrows the candidates by each rule in turn until one is left, as upstream: fewest PDB
    /// violations, lowest highest-victim priority, smallest sum of victim priorities, fewest victims,
    /// latest earliest start among the highest-priority victims; then the first remaining.
    /// </summary>
    public static Candidate? Pick(IReadOnlyList<Candidate> candidates, DateTimeOffset now)
    {
        if (candidates.Count == 0)
            return null;
        Func<Candidate, long>[] rules =
        [
            c => -c.PdbViolations,
            c => -(long)PodImportance.Priority(c.Victims[0]),
            // Shifted by 2^31 so that every term is positive: more pods of a negative priority never sum lower.
            c => -c.Victims.Sum(v => (long)PodImportance.Priority(v) + int.MaxValue + 1L),
            c => -c.Victims.Count,
            c => EarliestStartOfMostImportant(c, now).UtcTicks,
        ];

        IReadOnlyList<Candidate> remaining = candidates;
        foreach (var rule in rules)
        {
            var best = remaining.Max(rule);
            remaining = [.. remaining.Where(c => rule(c) == best)];
            if (remaining.Count == 1)
                break;
        }

        return remaining[0];
    }

    /// <summary>The earliest start time among the victims of the highest priority (upstream GetEarliestPodStartTime).</summary>
    public static DateTimeOffset EarliestStartOfMostImportant(Candidate candidate, DateTimeOffset now)
    {
        var highest = candidate.Victims.Max(PodImportance.Priority);
        return candidate.Victims.Where(v => PodImportance.Priority(v) == highest).Min(v => PodImportance.StartTime(v, now));
    }
}
