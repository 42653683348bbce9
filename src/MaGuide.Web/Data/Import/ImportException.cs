namespace MaGuide.Web.Data.Import;

/// <summary>A file an import cannot use; the message is shown to the editor as it is, and nothing is written.</summary>
internal sealed class ImportException(string message) : Exception(message);
