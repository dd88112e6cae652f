using Ingestion.Storage.Persistence.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ingestion.Cli.Dashboard;

/// <summary>
/// The operator's status page: static HTML, CSS and JavaScript embedded in the assembly (no front-end build), and two
/// JSON endpoints the page polls. Served by <c>ingest dashboard</c> and alongside <c>ingest run</c>.
/// </summary>
public static class StatusPage
{
    public const string DefaultUrls = "http://localhost:5080";

    private const int DefaultArticleLimit = 8;

    // Article text is user input: the script only ever writes it as text nodes, and this policy forbids any inline or
    // foreign script should an injection slip through anyway.
    private const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private const int MaxFindLimit = 100;

    private static readonly (string Path, string Resource, string ContentType)[] s_assets =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/article", "article.html", "text/html; charset=utf-8"),
        ("/status.css", "status.css", "text/css; charset=utf-8"),
        ("/common.js", "common.js", "text/javascript; charset=utf-8"),
        ("/status.js", "status.js", "text/javascript; charset=utf-8"),
        ("/article.js", "article.js", "text/javascript; charset=utf-8"),
    ];

    /// <summary>Starts the page on <paramref name="urls"/> (e.g. <c>http://127.0.0.1:0</c>); the app's addresses say where it listens.</summary>
    public static async Task<WebApplication> StartAsync(DashboardSources sources, string urls, CancellationToken cancellationToken)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new StatusData(sources));

        WebApplication app = builder.Build();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next(context).ConfigureAwait(false);
        });
        MapStatusPage(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            return app;
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Where a started page listens, e.g. <c>http://127.0.0.1:40123/</c> when port 0 was asked for.</summary>
    public static string Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? DefaultUrls;
        return address.EndsWith('/') ? address : address + "/";
    }

    public static void MapStatusPage(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach ((string path, string resource, string contentType) in s_assets)
        {
            app.MapGet(path, () => Results.Stream(Open(resource), contentType));
        }

        app.MapGet("/api/summary", (StatusData data, CancellationToken cancellationToken) => data.SummaryAsync(cancellationToken));
        app.MapGet("/api/articles", (StatusData data, int? limit, CancellationToken cancellationToken) =>
            data.RecentAsync(Math.Clamp(limit ?? DefaultArticleLimit, 1, 50), cancellationToken));
        app.MapGet("/api/find", FindAsync);
        app.MapGet("/api/article", async (StatusData data, string? id, CancellationToken cancellationToken) =>
            string.IsNullOrEmpty(id)
                ? Results.BadRequest(new { error = "Give the article's id: /api/article?id=…" })
                : await data.ArticleAsync(id, cancellationToken).ConfigureAwait(false) is { } article
                    ? Results.Ok(article)
                    : Results.NotFound(new { error = $"No article with id {id}." }));
    }

    // The same filters as 'ingest articles find', from the query string; a bad one is a 400 that says why.
    private static async Task<IResult> FindAsync(
        StatusData data,
        string? entity,
        string? type,
        string? date,
        string? agency,
        string? language,
        string? text,
        int? skip,
        int? limit,
        CancellationToken cancellationToken)
    {
        ArticleQuery query;
        try
        {
            query = new ArticleQuery
            {
                Entity = Given(entity),
                Type = Given(type),
                Dates = Given(date) is { } dates ? ArticleDateRange.Parse(dates) : null,
                Agency = Given(agency),
                Language = Given(language),
                Text = Given(text),
                Skip = skip ?? 0,
                Limit = Math.Min(limit ?? ArticleQuery.DefaultLimit, MaxFindLimit),
            }.Validated();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            return Results.BadRequest(new { error = ex.Message });
        }

        return Results.Ok(await data.FindAsync(query, cancellationToken).ConfigureAwait(false));
    }

    // An empty field of the page's form means "any".
    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static Stream Open(string resource) =>
        typeof(StatusPage).Assembly.GetManifestResourceStream($"Ingestion.Cli.Dashboard.Assets.{resource}")
        ?? throw new InvalidOperationException($"The status page's {resource} is not embedded.");
}
