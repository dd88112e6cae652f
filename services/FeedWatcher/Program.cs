using Ingestion.FeedWatcher;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddFeedWatcher();
builder.Services.AddIngestionBus(builder.Configuration, bus => bus.AddFeedWatcherConsumers());

WebApplication app = builder.Build();
app.MapDefaultEndpoints();
await app.RunAsync();
