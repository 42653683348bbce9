using MaGuide.Web.Queries;

namespace MaGuide.Web.Pages.States;

/// <summary>
/// The GET form that picks two states to compare (<c>/states?a=tx&amp;b=wa</c>, answered by a redirect to the pair page):
/// every state, the codes chosen so far, and the message for a bad choice.
/// </summary>
public sealed record PickTwo(IReadOnlyList<StateSummary> States, string? A, string? B, string? Error = null)
{
    /// <summary>The form's element ids are prefixed with this, so the form can appear once per page.</summary>
    public string IdPrefix { get; init; } = "pick";
}
