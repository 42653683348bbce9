namespace MaGuide.Web.Pages;

/// <summary>A step in the breadcrumb trail; the last one is the current page and has no link.</summary>
public sealed record Crumb(string Text, string? Href);

/// <summary>What the layout puts in &lt;head&gt; and the breadcrumb trail.</summary>
public sealed record PageMeta
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Path { get; init; }
    public string OpenGraphType { get; init; } = "website";
    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    /// <summary>True for pages search engines must not index (a draft guide shown in Development).</summary>
    public bool NoIndex { get; init; }

    /// <summary>Structured data (schema.org) objects, serialised as JSON-LD.</summary>
    public IReadOnlyList<object> StructuredData { get; init; } = [];
}

/// <summary>Implemented by page models so the layout can read their <see cref="PageMeta"/> without ViewData bags.</summary>
public interface IHasPageMeta
{
    PageMeta Meta { get; }
}
