using Ingestion.FeedWatcher;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync(args);
}

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddFeedWatcher();
builder.Services.AddIngestionBus(builder.Configuration, bus => bus.AddFeedWatcherConsumers(builder.Configuration));

WebApplication app = builder.Build();
app.MapDefaultEndpoints();
await app.RunAsync();
return 0;
