using System.Globalization;
using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace MaGuide.Web.Pages.Certifications;

/// <summary>The credentials decoder, with the "which exams can I take?" GET form. Bad input answers 400 with the form and a message.</summary>
[OutputCache(VaryByQueryKeys = ["background", "years", "state"])]
public sealed class IndexModel(CredentialQuery query) : PageModel, IHasPageMeta
{
    public const int MaxYears = 60;

    public IReadOnlyList<CredentialSummary> Credentials { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> States { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public EligibilityReport? Answer { get; private set; }

    public string Background { get; private set; } = "";

    public string Years { get; private set; } = "";

    public string State { get; private set; } = "";

    public PageMeta Meta { get; } = new()
    {
        Title = "Medical assistant certifications: CMA, RMA, CCMA, NCMA",
        Description = "Every medical assistant credential we track: who awards it, who may sit the exam, the fee, renewal and the state rules that name it. Find exams you can sit.",
        Path = SiteLinks.Certifications,
        Breadcrumbs = [Crumb.Home, new("Certifications", null)],
    };

    public async Task<IActionResult> OnGetAsync(string? background, string? years, string? state, CancellationToken ct)
    {
        Credentials = await query.ListAsync(ct);
        States = await query.StatesAsync(ct);
        if (background is null && years is null && state is null)
        {
            return Page();
        }

        Background = Clip(background);
        Years = Clip(years);
        State = Clip(state).ToUpperInvariant();
        var errors = new List<string>();
        if (!TrainingBackgrounds.Offered.Any(b => b.Key == Background))
        {
            errors.Add("Pick how you trained from the list.");
        }

        var yearsWorked = 0;
        if (Years.Length > 0 && (!int.TryParse(Years, NumberStyles.None, CultureInfo.InvariantCulture, out yearsWorked) || yearsWorked > MaxYears))
        {
            errors.Add($"Years worked as a medical assistant: write a whole number from 0 to {MaxYears}.");
        }

        if (!States.Any(s => s.Code == State))
        {
            errors.Add("Pick your state from the list.");
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            // This page is the error page: it shows the form and the messages, so the generic 400 page must not replace it.
            HttpContext.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            return Page();
        }

        Answer = await query.EligibilityAsync(Background, yearsWorked, State, ct);
        return Page();
    }

    private static string Clip(string? value) => (value ?? "").Trim() is var text && text.Length > 40 ? text[..40] : text;
}
