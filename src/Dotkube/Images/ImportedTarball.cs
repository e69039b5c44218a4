namespace Dotkube.Images;

/// <summary>What <see cref="ImageDirectoryImporter"/> did with one tarball.</summary>
/// <param name="File">The tarball's full path.</param>
/// <param name="Images">The image names it holds (from this import, or remembered from the last one when skipped).</param>
/// <param name="Skipped">True when the file was unchanged since it was last imported.</param>
/// <param name="Error">Why the import failed; it is tried again on the next pass.</param>
public sealed record ImportedTarball(string File, IReadOnlyList<string> Images, bool Skipped, string? Error = null);
