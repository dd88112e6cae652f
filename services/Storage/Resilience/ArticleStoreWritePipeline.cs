using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Ingestion.Storage.Resilience;

/// <summary>The named Polly pipeline around every store write: retry, then circuit breaker, then a timeout per attempt.</summary>
public static class ArticleStoreWritePipeline
{
    public const string Name = "article-store-write";

    /// <summary>
    /// Adds the strategies in order, outermost first: the retry sees each attempt's failure (a timeout included), the
    /// breaker counts every attempt, and the timeout bounds one attempt rather than the whole write.
    /// </summary>
    public static ResiliencePipelineBuilder Configure(ResiliencePipelineBuilder builder, ArticleStoreResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        PredicateBuilder<object> transient = new PredicateBuilder().Handle<Exception>(StoreFailures.IsTransient);

        return builder
            .AddRetry(new RetryStrategyOptions
            {
                // An open breaker is not retried here: waiting out a break is the message retry's job, which holds
                // the message rather than a thread of this write.
                ShouldHandle = transient,
                MaxRetryAttempts = options.WriteRetryLimit,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.WriteRetryDelay,
                MaxDelay = options.WriteRetryMaxDelay,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
            })
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.WriteAttemptTimeout });
    }
}
