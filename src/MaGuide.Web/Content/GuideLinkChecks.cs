using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;

namespace MaGuide.Web.Content;

/// <summary>
/// Checks that need every guide at once: titles and slugs are unique, related guides and links resolve (to published
/// guides: a draft answers 404 in production), old slugs in <c>redirect_from</c> clash with no live slug or other
/// redirect, and the changelog's links resolve. Each problem names the file and line to fix.
/// </summary>
public static class GuideLinkChecks
{
    /// <param name="guides">Every guide that could be read, drafts included.</param>
    /// <param name="fileSlugs">The slug of every guide file, including files too broken to read.</param>
    /// <param name="changes">The changelog, whose links are checked too.</param>
    /// <param name="changelogPath">The changelog's path as editors see it, for messages.</param>
    /// <param name="dataPages">Null when the data did not load (links to data pages are then not checked).</param>
    /// <param name="problems">Where problems are added.</param>
    public static void Check(List<Guide> guides, IReadOnlySet<string> fileSlugs, Changelog changes, string changelogPath, DataPageKeys? dataPages, List<ContentProblem> problems)
    {
        var all = guides.ToDictionary(g => g.Slug, StringComparer.Ordinal);
        var links = new LinkTargets(all, Redirects(guides, fileSlugs, problems), dataPages);

        // Neither file is "the original": both are named, each at its own title line.
        foreach (var group in guides.GroupBy(g => g.Title, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var guide in group)
            {
                var others = string.Join(", ", group.Where(g => g != guide).Select(g => g.SourcePath));
                problems.Add(new(guide.SourcePath, guide.FrontMatterLines.GetValueOrDefault("title", 2), $"title \"{guide.Title}\" is also used by {others}; each guide needs its own title"));
            }
        }

        foreach (var group in guides.GroupBy(g => g.Slug, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var guide in group.Skip(1))
            {
                problems.Add(new(guide.SourcePath, 1, $"slug \"{guide.Slug}\" differs only in case from {group.First().SourcePath}"));
            }
        }

        foreach (var guide in guides)
        {
            if (guide.IsHub && guide.Draft)
            {
                problems.Add(new(guide.SourcePath, guide.FrontMatterLines.GetValueOrDefault("draft", 1), "the home page guide cannot be a draft; the site has no home page without it"));
            }

            var relatedLine = guide.FrontMatterLines.GetValueOrDefault("related", 1);
            foreach (var related in guide.RelatedSlugs)
            {
                if (related == guide.Slug)
                {
                    problems.Add(new(guide.SourcePath, relatedLine, "related lists the guide itself"));
                }
                else if (!all.TryGetValue(related, out var target))
                {
                    problems.Add(new(guide.SourcePath, relatedLine, $"related guide \"{related}\" does not exist (no content/guides/{related}.md)"));
                }
                else if (target.Draft && !guide.Draft)
                {
                    problems.Add(new(guide.SourcePath, relatedLine, $"related guide \"{related}\" is a draft, which readers cannot open; publish it first (remove draft: true) or take it out of related"));
                }
            }

            foreach (var link in guide.Links)
            {
                if (links.Problem(link.Url, guide) is { } message)
                {
                    problems.Add(new(guide.SourcePath, link.Line, message));
                }
            }
        }

        foreach (var link in changes.Entries.SelectMany(e => e.Links))
        {
            if (links.Problem(link.Url, null) is { } message)
            {
                problems.Add(new(changelogPath, link.Line, message));
            }
        }
    }

    /// <summary>Old slug → the guide that claims it; a clash with a guide file or another claim is an error at each redirect_from line.</summary>
    private static Dictionary<string, Guide> Redirects(List<Guide> guides, IReadOnlySet<string> fileSlugs, List<ContentProblem> problems)
    {
        var claims = guides.SelectMany(g => g.RedirectFrom.Select(old => (Old: old, Guide: g))).ToList();
        foreach (var (old, guide) in claims)
        {
            var line = guide.FrontMatterLines.GetValueOrDefault("redirect_from", 1);
            if (fileSlugs.Contains(old))
            {
                problems.Add(new(guide.SourcePath, line, old == guide.Slug
                    ? $"redirect_from \"{old}\" is this guide's own address; list only the old addresses it had"
                    : $"redirect_from \"{old}\" is the address of a live guide (content/guides/{old}.md); an address can lead to one page only, so remove it here or rename that file"));
            }

            foreach (var other in claims.Where(c => c.Old == old && c.Guide != guide).Select(c => c.Guide.SourcePath).Distinct())
            {
                problems.Add(new(guide.SourcePath, line, $"redirect_from \"{old}\" is also claimed by {other}; an old address can lead to one guide only"));
            }
        }

        return claims.Where(c => !fileSlugs.Contains(c.Old)).DistinctBy(c => c.Old, StringComparer.Ordinal).ToDictionary(c => c.Old, c => c.Guide, StringComparer.Ordinal);
    }

    /// <summary>Resolves a site link written in a guide (or the changelog, when <c>from</c> is null).</summary>
    private sealed class LinkTargets(Dictionary<string, Guide> all, Dictionary<string, Guide> redirects, DataPageKeys? dataPages)
    {
        public string? Problem(string url, Guide? from)
        {
            if (!url.StartsWith('/') && !url.StartsWith('#'))
            {
                return null;
            }

            var hashAt = url.IndexOf('#', StringComparison.Ordinal);
            var path = hashAt >= 0 ? url[..hashAt] : url;
            var anchor = hashAt >= 0 ? url[(hashAt + 1)..] : null;
            var queryAt = path.IndexOf('?', StringComparison.Ordinal);
            if (queryAt >= 0)
            {
                path = path[..queryAt];
            }

            Guide? target;
            if (path.Length == 0)
            {
                target = from;
            }
            else if (path.StartsWith("/guides/", StringComparison.Ordinal))
            {
                var slug = path["/guides/".Length..].TrimEnd('/');
                if (slug.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    return $"link to {path}: guide addresses have no .md; write /guides/{slug[..^3]}{(anchor is null ? "" : "#" + anchor)}";
                }

                if (!all.TryGetValue(slug, out target))
                {
                    return redirects.TryGetValue(slug, out var moved)
                        ? $"link to {path}: that guide moved to {SiteLinks.Guide(moved.Slug)} (redirect_from in {moved.SourcePath}); link to its new address"
                        : $"link to {path}: no such guide (no content/guides/{slug}.md)";
                }

                if (target.Draft && from is not { Draft: true })
                {
                    return $"link to {path}: that guide is a draft, so readers would get \"page not found\"; publish it first (remove draft: true) or remove the link";
                }

                // The hub guide lives at "/"; its /guides/ address answers 301, which a link should not cost readers.
                if (SiteLinks.Guide(target.Slug) != $"/guides/{slug}")
                {
                    return $"link to {path}: that address redirects to {SiteLinks.Guide(target.Slug)}; link to {SiteLinks.Guide(target.Slug)}{(anchor is null ? "" : "#" + anchor)} instead";
                }
            }
            else if (path == "/")
            {
                target = all.GetValueOrDefault(GuideCatalog.HubSlug);
            }
            else if (dataPages is null && SiteLinks.IsDataPage(path))
            {
                // The data did not load (its errors are reported); pages built from it cannot be checked.
                return null;
            }
            else
            {
                if (!SiteLinks.Exists(path, dataPages ?? DataPageKeys.None))
                {
                    return $"link to {path}: no such page on the site";
                }

                return anchor is { Length: > 0 } && SiteLinks.AnchorsOf(path)?.Contains(anchor) != true
                    ? $"link to {url}: {path} has no element with id \"{anchor}\" (anchors there: {string.Join(", ", SiteLinks.AnchorsOf(path)?.Order(StringComparer.Ordinal).ToArray() ?? ["none"])})"
                    : null;
            }

            if (anchor is { Length: > 0 } && target is not null && target.Headings.All(h => h.Id != anchor)
                && !(target.IsHub && Section.All.Any(s => s.Anchor == anchor)))
            {
                return $"link to {url}: \"{target.SourcePath}\" has no heading with id \"{anchor}\"";
            }

            return null;
        }
    }
}
