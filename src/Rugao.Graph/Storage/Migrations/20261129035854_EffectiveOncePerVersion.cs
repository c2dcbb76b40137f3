using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rugao.Graph.Storage.Migrations
{
    /// <inheritdoc />
    public partial class EffectiveOncePerVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ChangeEvents_EffectiveOncePerVersion",
                table: "ChangeEvents",
                columns: new[] { "Kind", "VersionId" },
                unique: true,
                filter: "\"Kind\" = 'Effective'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChangeEvents_EffectiveOncePerVersion",
                table: "ChangeEvents");
        }
    }
}
