namespace Dotkube.Images;

/// <summary>An image tarball could not be imported; the message says which and why.</summary>
public sealed class ImageImportException(string message) : Exception(message);
