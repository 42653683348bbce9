using Serilog;

namespace MaGuide.Web.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>Serilog, configured from the "Serilog" section of appsettings (console text in Development, compact JSON otherwise).</summary>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    /// <summary>One log line per request: method, path, status and elapsed milliseconds.</summary>
    public static WebApplication UseSiteRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms");
        return app;
    }
}

/// <summary>Plain one-line text for a developer's console; named in appsettings.Development.json.</summary>
public sealed class ReadableLogFormatter : Serilog.Formatting.ITextFormatter
{
    private readonly Serilog.Formatting.Display.MessageTemplateTextFormatter inner =
        new("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", System.Globalization.CultureInfo.InvariantCulture);

    public void Format(Serilog.Events.LogEvent logEvent, TextWriter output) => inner.Format(logEvent, output);
}
