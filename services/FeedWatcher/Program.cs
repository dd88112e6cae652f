using Ingestion.FeedWatcher;
using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;

return await ServiceHost.RunAsync(args, builder =>
{
    builder.AddFeedWatcher();
    builder.Services.AddIngestionBus(builder.Configuration, bus => bus.AddFeedWatcherConsumers(builder.Configuration));
});
