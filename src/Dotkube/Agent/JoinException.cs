namespace Dotkube.Agent;

/// <summary>Why the agent could not join; the message is for the user, without the token.</summary>
public sealed class JoinException(string message, Exception? inner = null) : Exception(message, inner);
