using Ingestion.Enrichment;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;

return await ServiceHost.RunAsync(args, builder =>
{
    builder.AddEnrichment();
    builder.Services.AddIngestionBus(builder.Configuration, bus => bus.AddEnrichmentConsumers());
});
