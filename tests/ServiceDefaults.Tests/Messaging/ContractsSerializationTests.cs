using System.Text.Json;
using Ingestion.Contracts;
using Ingestion.ServiceDefaults.Messaging;
using MassTransit.Serialization;

namespace Ingestion.ServiceDefaults.Tests.Messaging;

public class ContractsSerializationTests
{
    [Fact]
    public void UseGeneratedCode_BusOptions_PutsTheContextFirst()
    {
        JsonSerializerOptions options = ContractsSerialization.UseGeneratedCode(new JsonSerializerOptions(SystemTextJsonMessageSerializer.Options));

        Assert.Same(ContractsJsonContext.Default, options.TypeInfoResolverChain[0]);
    }

    [Fact]
    public void UseGeneratedCode_SecondBusInTheProcess_AddsNothing()
    {
        JsonSerializerOptions options = ContractsSerialization.UseGeneratedCode(new JsonSerializerOptions(SystemTextJsonMessageSerializer.Options));
        int resolvers = options.TypeInfoResolverChain.Count;

        ContractsSerialization.UseGeneratedCode(options);

        Assert.Equal(resolvers, options.TypeInfoResolverChain.Count);
    }
}
