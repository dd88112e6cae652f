using System.Text.Json;
using Ingestion.Contracts;

namespace Ingestion.ServiceDefaults.Messaging;

/// <summary>Puts the contracts' generated serialization code in front of MassTransit's reflection-based resolver.</summary>
public static class ContractsSerialization
{
    /// <summary>
    /// For <c>ConfigureJsonSerializerOptions</c>: MassTransit's options are one instance for the whole process, so a
    /// second bus in the same process (tests, <c>ingest run</c>) finds the context already there and adds nothing.
    /// </summary>
    public static JsonSerializerOptions UseGeneratedCode(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.TypeInfoResolverChain.Contains(ContractsJsonContext.Default))
        {
            options.TypeInfoResolverChain.Insert(0, ContractsJsonContext.Default);
        }

        return options;
    }
}
