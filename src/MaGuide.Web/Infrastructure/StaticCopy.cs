namespace MaGuide.Web.Infrastructure;

/// <summary>Set while the <c>export</c> verb runs: pages that need the live server (search) say so in the static copy.</summary>
public sealed class StaticCopy
{
    public bool IsExport { get; set; }
}
