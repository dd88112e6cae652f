using Ingestion.FeedWatcher;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddFeedWatcher();
builder.Services.AddIngestionBus(builder.Configuration, _ => { });

WebApplication app = builder.Build();
app.MapDefaultEndpoints();
await app.RunAsync();
