using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Hosting;

/// <summary>Healthy when the database answers a trivial query.</summary>
public sealed class DatabaseHealthCheck(DatabaseInitializer database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
