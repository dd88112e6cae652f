using System.Reflection;

namespace Ingestion.Contracts.Tests.Rules;

public sealed class ContractRulesTests
{
    private static readonly NullabilityInfoContext s_nullability = new();

    public static TheoryData<Type> Messages => [.. PublishedMessages.Types];

    public static TheoryData<Type> BaselineTypes => [.. ContractBaseline.VersionOne.Keys];

    [Theory]
    [MemberData(nameof(Messages))]
    public void SchemaVersion_EveryMessage_IsAnIntegerFromContractVersions(Type message)
    {
        PropertyInfo? version = message.GetProperty("SchemaVersion");
        int expected = (int)typeof(ContractVersions).GetField(message.Name)!.GetRawConstantValue()!;

        Assert.NotNull(version);
        Assert.Equal(typeof(int), version.PropertyType);
        Assert.False(ContractTypes.IsRequired(version));
        Assert.True(expected >= 1);
        Assert.Equal(expected, version.GetValue(Activator.CreateInstance(message)));
    }

    [Fact]
    public void PublishedMessages_FullNames_AreUnchanged()
    {
        // The strings are the wire names; a rename changes typeof(...) with the code but not these literals.
        Assert.All(PublishedMessages.All, message => Assert.Equal(message.FullName, message.Type.FullName));
    }

    [Fact]
    public void PublishedMessages_EveryVersionedContractType_IsListed()
    {
        Type[] versioned = [.. typeof(ArticleStored).Assembly.GetExportedTypes().Where(type => type.GetProperty("SchemaVersion") is not null)];

        Assert.Equal(versioned.OrderBy(type => type.FullName), PublishedMessages.Types.OrderBy(type => type.FullName));
    }

    [Fact]
    public void Baseline_CoversEveryReachableContractType()
    {
        Assert.Equal(
            ContractTypes.Reachable.Select(type => type.FullName).Order(),
            ContractBaseline.VersionOne.Keys.Select(type => type.FullName).Order());
    }

    [Theory]
    [MemberData(nameof(BaselineTypes))]
    public void Members_OfVersionOne_AreNeverRemoved(Type type)
    {
        string[] members = [.. ContractTypes.Members(type).Select(property => property.Name)];

        Assert.All(ContractBaseline.VersionOne[type].Members, member => Assert.Contains(member, members));
    }

    [Theory]
    [MemberData(nameof(BaselineTypes))]
    public void RequiredMembers_OfVersionOne_AreUnchanged(Type type)
    {
        // A member added as required would make every older message invalid; one made optional would break
        // subscribers that rely on it.
        string[] required = [.. ContractTypes.Members(type).Where(ContractTypes.IsRequired).Select(property => property.Name).Order()];

        Assert.Equal(ContractBaseline.VersionOne[type].Required.Order(), required);
    }

    [Theory]
    [MemberData(nameof(BaselineTypes))]
    public void OptionalMembers_EveryContractType_AreNullableOrHaveDefaults(Type type)
    {
        object fresh = Activator.CreateInstance(type)!;
        string[] undefined =
        [
            .. ContractTypes.Members(type)
                .Where(property => !ContractTypes.IsRequired(property))
                .Where(property => !property.PropertyType.IsValueType)
                .Where(property => s_nullability.Create(property).ReadState != NullabilityState.Nullable)
                .Where(property => property.GetValue(fresh) is null)
                .Select(property => property.Name),
        ];

        // A member absent from an older message must still read as a declared value: null where nullable, else
        // the default the type initializes it to.
        Assert.Empty(undefined);
    }
}
