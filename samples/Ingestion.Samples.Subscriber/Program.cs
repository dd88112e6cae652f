using Ingestion.Samples.Subscriber.Consumers;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The .NET way to subscribe to the pipeline's events: a consumer per event; MassTransit creates a durable queue per
// consumer (named with this application's prefix, so it never shares a queue with the pipeline's services) and binds
// it to the event's exchange. Events published while the subscriber is down wait in its queues.
HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
var rabbitMq = new Uri(builder.Configuration.GetConnectionString("RabbitMq") ?? "amqp://guest:guest@localhost:5672/");

builder.Services.AddSingleton<SeenArticles>();
builder.Services.AddMassTransit(bus =>
{
    // Queues "sample-subscriber-article-enriched" and "sample-subscriber-article-stored".
    bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter("sample-subscriber", includeNamespace: false));

    // Otherwise MassTransit reports usage to usage-tracking.masstransit.io.
    bus.DisableUsageTelemetry();
    bus.AddConsumer<ArticleEnrichedConsumer>();
    bus.AddConsumer<ArticleStoredConsumer>();
    bus.UsingRabbitMq((context, cfg) =>
    {
        string[] user = Uri.UnescapeDataString(rabbitMq.UserInfo).Split(':', 2);
        cfg.Host(new UriBuilder(rabbitMq) { UserName = string.Empty, Password = string.Empty }.Uri, host =>
        {
            host.Username(user[0]);
            host.Password(user.Length == 2 ? user[1] : string.Empty);
        });
        cfg.ConfigureEndpoints(context);
    });
});

await builder.Build().RunAsync();
