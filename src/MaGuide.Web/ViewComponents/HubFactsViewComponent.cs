using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc;

namespace MaGuide.Web.ViewComponents;

/// <summary>The hub's three first facts (typical pay, certificate length and cost), each with its source, and links onward.</summary>
public sealed class HubFactsViewComponent(HubFactsQuery query) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await query.GetAsync(HttpContext.RequestAborted));
}
