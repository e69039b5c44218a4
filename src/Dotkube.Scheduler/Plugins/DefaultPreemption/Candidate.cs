using Dotkube.Api.Core.V1;

namespace Dotkube.Scheduler.Plugins.DefaultPreemption;

/// <summary>A node where preemption would let the pod fit (upstream Candidate): the victims, most important first, and how many of them a PDB protects.</summary>
public sealed record Candidate(string NodeName, IReadOnlyList<Pod> Victims, int PdbViolations);
