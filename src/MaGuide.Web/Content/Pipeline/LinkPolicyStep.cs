using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MaGuide.Web.Content.Pipeline;

/// <summary>
/// Step 3: which links a guide may use. Images are refused; a link must be http, https, mailto, an anchor or a site
/// path from the root. A refused link is an error and loses its target (it renders as text); an allowed one is kept
/// with its line, so the loader can check it against the whole catalog.
/// </summary>
public sealed class LinkPolicyStep : IGuideStep
{
    public void Run(GuideDraft guide)
    {
        foreach (var link in guide.Document.Descendants<LinkInline>())
        {
            var line = link.Line + 1;
            var url = link.Url ?? "";
            if (link.IsImage)
            {
                guide.Problem(line, "images are not supported in guides; describe the picture in words or ask for a figure");
                link.Url = "";
            }
            else if (LinkProblem(url) is { } message)
            {
                guide.Problem(line, message);
                link.Url = "";
            }
            else
            {
                guide.Links.Add(new GuideLink(url, line));
            }
        }

        foreach (var autolink in guide.Document.Descendants<AutolinkInline>())
        {
            if (LinkProblem(autolink.Url) is { } message)
            {
                guide.Problem(autolink.Line + 1, message);
                autolink.Url = "";
            }
            else
            {
                guide.Links.Add(new GuideLink(autolink.Url, autolink.Line + 1));
            }
        }
    }

    /// <summary>Null when the URL is one a guide may use, else the reason it may not.</summary>
    public static string? LinkProblem(string url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "link has no target";
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return $"link \"{url}\" has no scheme; write the full https:// address";
        }

        if (url.StartsWith('#') || url.StartsWith('/'))
        {
            return null;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return uri.Scheme is "http" or "https" or "mailto"
                ? null
                : $"link scheme \"{uri.Scheme}:\" is not allowed; use http, https, mailto or a site link starting with /";
        }

        return $"link \"{url}\" is relative; write site links from the root, e.g. {RootedGuideLink(url)}";
    }

    /// <summary>The site link a relative guide link meant: <c>../guides/faq.md#pay</c> becomes <c>/guides/faq#pay</c>.</summary>
    private static string RootedGuideLink(string url)
    {
        var hashAt = url.IndexOf('#', StringComparison.Ordinal);
        var (path, anchor) = hashAt >= 0 ? (url[..hashAt], url[hashAt..]) : (url, "");
        path = path.TrimStart('.', '/');
        path = path.StartsWith("guides/", StringComparison.Ordinal) ? path["guides/".Length..] : path;
        path = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return $"/guides/{path}{anchor}";
    }
}
