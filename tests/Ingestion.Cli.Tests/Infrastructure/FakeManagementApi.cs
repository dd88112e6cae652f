using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Ingestion.Cli.Tests.Infrastructure;

/// <summary>
/// An in-memory stand-in for the management API's queue, get and publish calls, to drive the replay through cases a
/// real broker will not produce on demand (a queue that exists but refuses a message).
/// </summary>
internal sealed class FakeManagementApi : HttpMessageHandler
{
    private readonly Dictionary<string, Queue<JsonObject>> _queues = new(StringComparer.Ordinal);

    public HashSet<string> Unroutable { get; } = new(StringComparer.Ordinal);

    public List<string> Published { get; } = [];

    public void AddQueue(string name, params JsonObject[] messages) => _queues[name] = new Queue<JsonObject>(messages);

    public int Count(string queue) => _queues[queue].Count;

    public IReadOnlyList<JsonObject> Messages(string queue) => [.. _queues[queue]];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string[] path = request.RequestUri!.AbsolutePath.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        JsonObject? body = request.Content is null ? null : JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
        return path switch
        {
            ["api", "queues", _, string queue] when request.Method == HttpMethod.Get =>
                _queues.ContainsKey(queue) ? Json($$"""{"name":"{{queue}}"}""") : new HttpResponseMessage(HttpStatusCode.NotFound),
            ["api", "queues", _, string queue, "get"] => Get(queue, body!),
            ["api", "exchanges", _, "amq.default", "publish"] => Publish(body!),
            _ => new HttpResponseMessage(HttpStatusCode.BadRequest),
        };
    }

    private HttpResponseMessage Get(string queue, JsonObject request)
    {
        Queue<JsonObject> messages = _queues[queue];
        var taken = new JsonArray();
        for (int i = 0; i < request["count"]!.GetValue<int>() && messages.Count > 0; i++)
        {
            JsonObject message = messages.Dequeue();
            message["message_count"] = messages.Count;
            taken.Add(message);
        }

        return Json(taken.ToJsonString());
    }

    private HttpResponseMessage Publish(JsonObject request)
    {
        string queue = request["routing_key"]!.GetValue<string>();
        bool routed = _queues.ContainsKey(queue) && !Unroutable.Contains(queue);
        if (routed)
        {
            _queues[queue].Enqueue(new JsonObject
            {
                ["payload"] = request["payload"]!.DeepClone(),
                ["payload_encoding"] = request["payload_encoding"]!.DeepClone(),
                ["properties"] = request["properties"]!.DeepClone(),
                ["routing_key"] = queue,
                ["exchange"] = string.Empty,
                ["redelivered"] = false,
            });
            Published.Add(queue);
        }

        return Json(routed ? """{"routed":true}""" : """{"routed":false}""");
    }

    private static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
