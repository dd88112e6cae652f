using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;
using Ingestion.Storage;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync(args);
}

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddStorage();
builder.Services.AddIngestionBus(builder.Configuration, bus => bus.AddStorageConsumers());

WebApplication app = builder.Build();
app.MapDefaultEndpoints();
await app.RunAsync();
return 0;
