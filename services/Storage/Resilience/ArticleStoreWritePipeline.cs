using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Ingestion.Storage.Resilience;

/// <summary>
/// The named Polly pipeline around every store write: a circuit breaker, then a timeout per call. It has no retry: the
/// consumer's message retry owns backoff (see <c>ArticleEnrichedConsumerDefinition</c>), so retries never stack.
/// </summary>
public static class ArticleStoreWritePipeline
{
    public const string Name = "article-store-write";

    /// <summary>
    /// Adds the strategies in order, outermost first: the breaker counts every call's failure (a timeout included), and
    /// the timeout bounds one call.
    /// </summary>
    public static ResiliencePipelineBuilder Configure(ResiliencePipelineBuilder builder, ArticleStoreResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(StoreFailures.IsTransient),
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
            })
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.WriteAttemptTimeout });
    }
}
