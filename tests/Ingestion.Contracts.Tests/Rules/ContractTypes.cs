using System.Reflection;
using System.Runtime.CompilerServices;

namespace Ingestion.Contracts.Tests.Rules;

/// <summary>The types a published message reaches through its members: the whole surface a subscriber reads.</summary>
internal static class ContractTypes
{
    public static IReadOnlyList<Type> Reachable { get; } = FindReachable();

    public static IEnumerable<PropertyInfo> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetMethod is { IsPublic: true } && property.Name != "EqualityContract");

    public static bool IsRequired(PropertyInfo property) => property.IsDefined(typeof(RequiredMemberAttribute));

    private static List<Type> FindReachable()
    {
        var found = new List<Type>();
        var pending = new Queue<Type>(PublishedMessages.Types);
        while (pending.TryDequeue(out Type? type))
        {
            if (found.Contains(type))
            {
                continue;
            }

            found.Add(type);
            foreach (PropertyInfo property in Members(type))
            {
                Type member = ElementOf(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
                if (member.Assembly == typeof(ArticleStored).Assembly)
                {
                    pending.Enqueue(member);
                }
            }
        }

        return found;
    }

    private static Type ElementOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : type;
}
