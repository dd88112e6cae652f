namespace Ingestion.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
}
