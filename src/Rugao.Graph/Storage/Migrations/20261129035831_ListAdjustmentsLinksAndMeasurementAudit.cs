using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rugao.Graph.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ListAdjustmentsLinksAndMeasurementAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DelistedAt",
                table: "StandardListings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DelistedBy",
                table: "StandardListings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ListedAt",
                table: "StandardListings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ListedBy",
                table: "StandardListings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CorrectsId",
                table: "IndicatorMeasurements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "IndicatorMeasurements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ServiceItemLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StandardId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    LinkedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LinkedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceItemLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceItemLinks_ServiceItems_ServiceItemId",
                        column: x => x.ServiceItemId,
                        principalTable: "ServiceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceItemLinks_Standards_StandardId",
                        column: x => x.StandardId,
                        principalTable: "Standards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorMeasurements_CorrectsId",
                table: "IndicatorMeasurements",
                column: "CorrectsId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceItemLinks_ServiceItemId",
                table: "ServiceItemLinks",
                column: "ServiceItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceItemLinks_StandardId_ServiceItemId",
                table: "ServiceItemLinks",
                columns: new[] { "StandardId", "ServiceItemId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_IndicatorMeasurements_IndicatorMeasurements_CorrectsId",
                table: "IndicatorMeasurements",
                column: "CorrectsId",
                principalTable: "IndicatorMeasurements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Standards already on an item's list were linked to it implicitly; make those links explicit.
            migrationBuilder.Sql("""
                INSERT INTO ServiceItemLinks (StandardId, ServiceItemId, LinkedAt, LinkedBy)
                SELECT DISTINCT StandardId, ServiceItemId, '2026-11-29 00:00:00+00:00', 'migration'
                FROM StandardListings WHERE ServiceItemId IS NOT NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IndicatorMeasurements_IndicatorMeasurements_CorrectsId",
                table: "IndicatorMeasurements");

            migrationBuilder.DropTable(
                name: "ServiceItemLinks");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorMeasurements_CorrectsId",
                table: "IndicatorMeasurements");

            migrationBuilder.DropColumn(
                name: "DelistedAt",
                table: "StandardListings");

            migrationBuilder.DropColumn(
                name: "DelistedBy",
                table: "StandardListings");

            migrationBuilder.DropColumn(
                name: "ListedAt",
                table: "StandardListings");

            migrationBuilder.DropColumn(
                name: "ListedBy",
                table: "StandardListings");

            migrationBuilder.DropColumn(
                name: "CorrectsId",
                table: "IndicatorMeasurements");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "IndicatorMeasurements");
        }
    }
}
