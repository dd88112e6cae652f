namespace Ingestion.ServiceDefaults.Hosting;

/// <summary>
/// <c>dotnet Service.dll --healthcheck [path]</c>: asks the service already running in this container for its health
/// and exits 0 when it answers 2xx, 1 otherwise. The ASP.NET runtime images have no curl or wget, and this keeps
/// Docker's HEALTHCHECK free of any tool beyond the service itself.
/// </summary>
public static class HealthProbe
{
    public const string Argument = "--healthcheck";

    public const string DefaultPath = DefaultEndpointsExtensions.ReadyPath;

    public static bool IsRequested(IReadOnlyList<string> args) =>
        args is [Argument, ..];

    /// <summary>Probes the address from <c>Urls</c> (or <c>ASPNETCORE_URLS</c>); the exit code for the process.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string path = args is [_, { } given, ..] ? given : DefaultPath;
        string urls = Environment.GetEnvironmentVariable("Urls") ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? "http://localhost:8080";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using HttpResponseMessage response = await http.GetAsync(new Uri(LocalAddress(urls), path)).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }

    /// <summary>The first listening address, with a wildcard host (<c>+</c>, <c>*</c>, any-address) made loopback.</summary>
    public static Uri LocalAddress(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        string first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        var builder = new UriBuilder(first.Replace("://+", "://wildcard", StringComparison.Ordinal).Replace("://*", "://wildcard", StringComparison.Ordinal));
        if (builder.Host is "wildcard" or "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = "127.0.0.1";
        }

        builder.Path = "/";
        return builder.Uri;
    }
}
