namespace MaGuide.Web.Content;

/// <summary>
/// An <see cref="IDataTokenSource"/> made the first time it is needed: a start whose guides all come from the
/// <see cref="GuideParseCache"/> never loads the figures or renders the tables. <see cref="Load"/> makes it on the
/// caller's thread; the loader calls it before its parallel parse whenever a guide must be parsed, so a parse thread
/// never waits for it (making it renders Razor tables, which needs the thread pool the parse is using).
/// </summary>
public sealed class DeferredTokenSource(Func<IDataTokenSource> make) : IDataTokenSource
{
    private readonly Lazy<IDataTokenSource> source = new(make, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Makes the source now, if it is not made yet.</summary>
    public void Load() => _ = source.Value;

    public TokenValue Resolve(DataToken token) => source.Value.Resolve(token);
}
