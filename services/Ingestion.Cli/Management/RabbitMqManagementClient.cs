using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Ingestion.Cli.Management;

/// <summary>The few calls of the RabbitMQ management HTTP API the operator commands need, in one virtual host.</summary>
public sealed class RabbitMqManagementClient : IDisposable
{
    /// <summary>How long a call may take when the caller names no connect timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private readonly HttpClient _http;
    private readonly ManagementEndpoint _endpoint;

    public RabbitMqManagementClient(ManagementEndpoint endpoint, HttpMessageHandler? handler = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _endpoint = endpoint;
        TimeSpan wait = timeout ?? DefaultTimeout;
        _http = handler is null ? new HttpClient(new SocketsHttpHandler { ConnectTimeout = wait }) : new HttpClient(handler);
        _http.BaseAddress = endpoint.BaseAddress;
        _http.Timeout = wait;
        _http.DefaultRequestHeaders.Authorization = endpoint.Authorization();
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public ManagementEndpoint Endpoint => _endpoint;

    public async Task<IReadOnlyList<QueueInfo>> GetQueuesAsync(CancellationToken cancellationToken)
    {
        string json = await SendAsync(HttpMethod.Get, $"api/queues/{_endpoint.EscapedVirtualHost}", null, cancellationToken).ConfigureAwait(false);
        return ManagementJson.ParseQueues(json);
    }

    /// <summary>One queue, or null when it does not exist.</summary>
    public async Task<QueueInfo?> GetQueueAsync(string queue, CancellationToken cancellationToken)
    {
        string? json = await SendAsync(HttpMethod.Get, QueuePath(queue), null, cancellationToken, notFoundIsNull: true).ConfigureAwait(false);
        return json is null ? null : ManagementJson.ParseQueue(json);
    }

    /// <summary>
    /// Up to <paramref name="count"/> messages from the head of the queue: peeked (requeued) unless
    /// <paramref name="remove"/>, in which case the broker forgets them as soon as it answers.
    /// </summary>
    public async Task<IReadOnlyList<QueueMessage>> GetMessagesAsync(string queue, int count, bool remove, CancellationToken cancellationToken)
    {
        string json = await SendAsync(HttpMethod.Post, QueuePath(queue) + "/get", ManagementJson.GetRequest(count, remove), cancellationToken).ConfigureAwait(false);
        return ManagementJson.ParseMessages(json);
    }

    /// <summary>Publishes to a queue through the default exchange; true when the broker routed it to the queue.</summary>
    public Task<bool> PublishAsync(string queue, QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return PublishAsync(queue, message.Properties, message.Payload, message.PayloadEncoding, cancellationToken);
    }

    public async Task<bool> PublishAsync(string queue, JsonObject properties, string payload, string payloadEncoding, CancellationToken cancellationToken)
    {
        string body = ManagementJson.PublishRequest(queue, properties, payload, payloadEncoding);
        string json = await SendAsync(HttpMethod.Post, $"api/exchanges/{_endpoint.EscapedVirtualHost}/amq.default/publish", body, cancellationToken).ConfigureAwait(false);
        return ManagementJson.ParseRouted(json);
    }

    public void Dispose() => _http.Dispose();

    private string QueuePath(string queue) => $"api/queues/{_endpoint.EscapedVirtualHost}/{Uri.EscapeDataString(queue)}";

    private async Task<string> SendAsync(HttpMethod method, string path, string? body, CancellationToken cancellationToken) =>
        (await SendAsync(method, path, body, cancellationToken, notFoundIsNull: false).ConfigureAwait(false))!;

    private async Task<string?> SendAsync(HttpMethod method, string path, string? body, CancellationToken cancellationToken, bool notFoundIsNull)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using HttpResponseMessage response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound && notFoundIsNull)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            // The message names the endpoint and the user, never the password.
            string reason = response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => $"the management API refused the credentials of user '{_endpoint.UserName}'",
                HttpStatusCode.NotFound => $"not found (does virtual host '{_endpoint.VirtualHost}' exist?)",
                _ => $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}",
            };
            throw new HttpRequestException($"{method} {_endpoint.BaseAddress}{path}: {reason}", null, response.StatusCode);
        }

        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }
}
