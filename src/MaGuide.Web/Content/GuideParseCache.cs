using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;

namespace MaGuide.Web.Content;

/// <summary>
/// What <see cref="GuideMarkdown.Parse"/> made of each guide at the last load, kept in one JSON file beside the store
/// (<c>maguide-0123456789abcdef.db.guides</c>), so a start whose guides, data and build are unchanged skips the parse
/// (most of a start with many guides: docs/startup.md). An entry is found by a SHA-256 of everything the parse reads:
/// the app's build (its assembly's module version id), the data version (the served store's input hash: data tokens
/// and the prose checks read it), the file's display path (it is in the problems) and the file's text. Only the parse
/// is cached: front matter dates, sources and links between guides are checked afresh on every load.
/// A missing, unreadable or damaged file is a cold start (a logged warning); a file that cannot be written (a
/// read-only store folder) is logged as information and the site serves what it parsed. <c>check</c> never uses the cache.
/// One load uses it at a time (<see cref="GuideLoader"/> holds a lock): <see cref="Find"/> and <see cref="Parse"/> may
/// be called from many threads during a load, then <see cref="Save"/> once after it.
/// </summary>
public sealed partial class GuideParseCache
{
    private static readonly string Build = typeof(GuideParseCache).Assembly.ManifestModule.ModuleVersionId.ToString("n");

    private readonly string file;
    private readonly string version;
    private readonly ILogger logger;
    // The file is read on a pool thread from construction (at start-up, while the store is first queried and the
    // guides are read); the first Find waits for it.
    private readonly Task<Dictionary<string, CachedParse>> reading;
    private readonly ConcurrentDictionary<string, CachedParse> used = new(StringComparer.Ordinal);
    private int misses;
    private int lastParsed;

    private GuideParseCache(string file, string dataVersion, ILogger logger)
    {
        this.file = file;
        version = Build + "/" + dataVersion;
        this.logger = logger;
        reading = Task.Run(Read);
    }

    private Dictionary<string, CachedParse> Stored => reading.GetAwaiter().GetResult();

    /// <summary>The cache for the store <paramref name="store"/> serves (its file and data version, set by <c>PrepareStore</c>).</summary>
    public static GuideParseCache Beside(StoreFile store, ILogger<GuideParseCache> logger) => new(store.Path + StoreFile.GuideCacheSuffix, store.Hash, logger);

    /// <summary>A cache in <paramref name="file"/> for data version <paramref name="dataVersion"/> (tests).</summary>
    public static GuideParseCache At(string file, string dataVersion, ILogger logger) => new(file, dataVersion, logger);

    /// <summary>How many guides the last saved load parsed rather than found in the cache.</summary>
    public int Misses => Volatile.Read(ref lastParsed);

    /// <summary>
    /// Where the guide at <paramref name="path"/> with text <paramref name="markdown"/> stands in the cache: its key
    /// (worked out once per guide and load) and its cached parse, if any. Safe to call from many threads.
    /// </summary>
    public ParseCacheLookup Find(string path, string markdown)
    {
        var key = Key(path, markdown);
        return new ParseCacheLookup(key, Stored.GetValueOrDefault(key));
    }

    /// <summary>
    /// The parse of <paramref name="markdown"/> (the file at <paramref name="path"/>, found as <paramref name="lookup"/>):
    /// the cached one with the problems it found added to <paramref name="problems"/>, or a fresh
    /// <paramref name="parser"/> run that is then kept. A parse that failed (null) is never kept.
    /// </summary>
    public GuideMarkdown.Parsed? Parse(GuideMarkdown parser, ParseCacheLookup lookup, string markdown, string path, List<ContentProblem> problems)
    {
        if (lookup.Hit is { } hit)
        {
            problems.AddRange(hit.Problems);
            used[lookup.Key] = hit;
            return hit.Parsed;
        }

        Interlocked.Increment(ref misses);
        var own = new List<ContentProblem>();
        var parsed = parser.Parse(markdown, path, own);
        problems.AddRange(own);
        if (parsed is not null)
        {
            used[lookup.Key] = new CachedParse(parsed, own);
        }

        return parsed;
    }

    /// <summary>
    /// Writes the entries this load used (and only those, so removed and changed guides leave the file), unless
    /// nothing changed. Written to a temporary file and moved over the old one, so a reader never sees half a file.
    /// </summary>
    public void Save()
    {
        var parsed = Interlocked.Exchange(ref misses, 0);
        Volatile.Write(ref lastParsed, parsed);
        var stored = Stored;
        if (parsed == 0 && used.Count == stored.Count)
        {
            LogUnchanged(logger, used.Count, file);
            used.Clear();
            return;
        }

        var temporary = $"{file}.{Environment.ProcessId}.tmp";
        try
        {
            var entries = used.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(new CacheFile(version, entries), GuideParseCacheJson.Relaxed.CacheFile));
            File.Move(temporary, file, overwrite: true);
            LogSaved(logger, parsed, used.Count, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogNotSaved(logger, file, ex.Message);
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the store folder's clean-up removes leftovers.
            }
        }

        stored.Clear();
        foreach (var (key, entry) in used)
        {
            stored[key] = entry;
        }

        used.Clear();
    }

    private Dictionary<string, CachedParse> Read()
    {
        try
        {
            using var stream = File.OpenRead(file);
            var cached = JsonSerializer.Deserialize(stream, GuideParseCacheJson.Relaxed.CacheFile);
            return cached?.Version == version && cached.Entries is { } entries
                ? new Dictionary<string, CachedParse>(entries, StringComparer.Ordinal)
                : new Dictionary<string, CachedParse>(StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return new Dictionary<string, CachedParse>(StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            LogUnreadable(logger, file, ex.Message);
            return new Dictionary<string, CachedParse>(StringComparer.Ordinal);
        }
    }

    private string Key(string path, string markdown)
    {
        var bytes = Encoding.UTF8.GetBytes($"{version}\n{path}\n{markdown}");
        return Convert.ToHexString(SHA256.HashData(bytes));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guide parse cache: all {Count} guides unchanged since the last load ({CacheFile})")]
    private static partial void LogUnchanged(ILogger logger, int count, string cacheFile);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guide parse cache: {Parsed} of {Count} guides parsed; saved {CacheFile}")]
    private static partial void LogSaved(ILogger logger, int parsed, int count, string cacheFile);

    // Information, not a warning: a read-only store folder is the recommended container set-up (docs/deploy.md).
    [LoggerMessage(Level = LogLevel.Information, Message = "Guide parse cache {CacheFile} could not be written ({Reason}); the next start parses every guide again")]
    private static partial void LogNotSaved(ILogger logger, string cacheFile, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guide parse cache {CacheFile} could not be read ({Reason}); every guide is parsed")]
    private static partial void LogUnreadable(ILogger logger, string cacheFile, string reason);
}

/// <summary>A guide's key in the <see cref="GuideParseCache"/> and its cached parse (null when it must be parsed).</summary>
public readonly record struct ParseCacheLookup(string Key, CachedParse? Hit);

/// <summary>One cached parse: what <see cref="GuideMarkdown.Parse"/> returned and the problems it added.</summary>
public sealed record CachedParse(GuideMarkdown.Parsed Parsed, IReadOnlyList<ContentProblem> Problems);

/// <summary>The cache file: the build and data version it was written for, and its entries by key.</summary>
public sealed record CacheFile(string Version, IReadOnlyDictionary<string, CachedParse> Entries);

/// <summary>
/// The cache file's JSON, generated at build time. HTML is written as it is (no \u003C escapes: the file is read by
/// this app only, never served), which makes the file about a fifth smaller and quicker to read.
/// </summary>
[JsonSerializable(typeof(CacheFile))]
internal sealed partial class GuideParseCacheJson : JsonSerializerContext
{
    /// <summary>The context the cache reads and writes with.</summary>
    public static GuideParseCacheJson Relaxed { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
