namespace MaGuide.Web.Content;

/// <summary>A figure a token stands for, and the footnote that names where it comes from.</summary>
public sealed record FigureNote(int Number, string What, string SourceText, string SourceUrl, string SourceKind);

/// <summary>What a token resolves to: a figure (inline, with a footnote), a whole table, or a problem.</summary>
public sealed record TokenValue
{
    public string? Text { get; init; }
    public string? What { get; init; }
    public string? SourceText { get; init; }
    public string? SourceUrl { get; init; }
    public string? SourceKind { get; init; }

    /// <summary>
    /// The period the figure describes, as the prose shows it in brackets after the figure ("May 2023",
    /// "2024–2034 projection"); null when the figure is itself a year or date. Pay changes every year, so a reader
    /// must not need the footnote to learn how old a figure is.
    /// </summary>
    public string? Period { get; init; }

    /// <summary>How well the figure is backed; guide prose may credit it to BLS or federal data only when it is official.</summary>
    public Data.Trust.TrustTier? Tier { get; init; }

    /// <summary>A table token's HTML, rendered by the site's Razor table component for it.</summary>
    public string? TableHtml { get; init; }
    public string? Problem { get; init; }

    /// <summary>True when the token could not be checked because the data did not load (its errors are reported instead).</summary>
    public bool Unchecked { get; init; }

    public static TokenValue Error(string message) => new() { Problem = message };

    /// <summary>The data is not available; the token is neither right nor wrong yet.</summary>
    public static TokenValue NotChecked { get; } = new() { Unchecked = true };
}

/// <summary>
/// Resolves data tokens (read by <see cref="DataToken.Parse"/>) against the data: figures from a typed query, tables
/// rendered by Razor components. Called while guides load, outside any request; implementations are thread-safe.
/// </summary>
public interface IDataTokenSource
{
    TokenValue Resolve(DataToken token);
}
