using Ingestion.Enrichment;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync(args);
}

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEnrichment();
builder.Services.AddIngestionBus(builder.Configuration, bus => bus.AddEnrichmentConsumers());

WebApplication app = builder.Build();
app.MapDefaultEndpoints();
await app.RunAsync();
return 0;
