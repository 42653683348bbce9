namespace MaGuide.Web.ContentFiles;

/// <summary>
/// Start-up cannot go on (no content folder, an unreadable one, no usable data store). Program prints the message,
/// which says what is wrong and where, and exits with code 1 — no stack trace.
/// </summary>
public class StartupException(string message) : Exception(message);
