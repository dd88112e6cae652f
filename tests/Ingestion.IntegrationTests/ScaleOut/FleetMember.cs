using Ingestion.IntegrationTests.Infrastructure;

namespace Ingestion.IntegrationTests.ScaleOut;

/// <summary>One running service instance and the address its health and metrics endpoints answer on.</summary>
internal sealed record FleetMember(string Name, ServiceKind Kind, ServiceProcess Process, Uri Address);
