using LiteDB;
using MongoDB.Driver;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Ingestion.Storage.Resilience;

/// <summary>
/// Tells a store that cannot be reached now from a write that can never succeed. Only the first kind is held by the
/// consumer's outage retry; a bad document or argument gets the bus's few retries and goes to the error queue.
/// </summary>
public static class StoreFailures
{
    /// <summary>A failure that the same write may not meet a moment later: connection, timeout, lock or I/O.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        // An authentication failure is a connection exception too, but waiting does not fix a wrong password.
        MongoAuthenticationException => false,
        MongoConnectionException or MongoExecutionTimeoutException or MongoNotPrimaryException or MongoNodeIsRecoveringException => true,
        MongoException mongo => mongo.HasErrorLabel("RetryableWriteError") || mongo.HasErrorLabel("TransientTransactionError"),

        // Server selection and LiteDB's own lock wait both end in TimeoutException; Polly's per-attempt timeout too.
        TimeoutException or TimeoutRejectedException => true,
        LiteException lite => lite.ErrorCode == LiteException.LOCK_TIMEOUT,

        // A LiteDB file held by another process, or a full or vanished disk.
        IOException => true,
        _ => false,
    };

    /// <summary>
    /// The store is unavailable: a transient failure, or the breaker refusing writes while it is open. A message that meets one is held and retried, never moved to the error queue for it.
    /// </summary>
    public static bool IsOutage(Exception exception) =>
        exception is BrokenCircuitException || IsTransient(exception);
}
