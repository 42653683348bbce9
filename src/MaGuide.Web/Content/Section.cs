namespace MaGuide.Web.Content;

/// <summary>A part of the site that guides belong to; the key is what editors write in front matter.</summary>
public sealed record Section(string Key, string Name, string ShortName, string Summary)
{
    /// <summary>The data page that belongs with this section, if any (shown beside its guides on the hub).</summary>
    public (string Href, string Label)? DataPage => Key switch
    {
        "scope" => (SiteLinks.StatesIndex, "Rules by state: pick your state"),
        "training" => (SiteLinks.Training, "Training routes, costs and certificates side by side"),
        "pay" => (SiteLinks.Salary, "Pay figures: national, by state, setting, metro and year"),
        "compare" => (SiteLinks.CompareIndex, "All roles side by side"),
        "about" => (SiteLinks.Sources, "Every source we use"),
        _ => null,
    };

    public static IReadOnlyList<Section> All { get; } =
    [
        new("basics", "The job", "The job", "What medical assistants do, where they work and what a day looks like."),
        new("scope", "What you may do", "Your scope", "The tasks the law lets a medical assistant take on, and who decides."),
        new("training", "Training and certification", "Training", "Programs, exams and credentials, and where the job can lead."),
        new("pay", "Pay and jobs", "Pay", "What the work pays and how many jobs there are."),
        new("compare", "Compare roles", "Compare", "How the job differs from nursing assistant, phlebotomist, nurse and physician assistant."),
        new("about", "About MaGuide", "About", "How we source, review and correct what we publish."),
    ];

    public static Section? Find(string? key) =>
        All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));

    public string Anchor => $"section-{Key}";
}
