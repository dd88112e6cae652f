using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;
using Ingestion.Storage;

return await ServiceHost.RunAsync(args, builder =>
{
    builder.AddStorage();
    builder.Services.AddIngestionBus(builder.Configuration, bus => bus.AddStorageConsumers());
});
