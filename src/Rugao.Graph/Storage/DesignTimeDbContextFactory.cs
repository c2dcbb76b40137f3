using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rugao.Graph.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the server.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RugaoDbContext>
{
    public RugaoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RugaoDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
