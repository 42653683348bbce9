using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaGuide.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TrustTiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PreferredBecause",
                table: "WageEstimates",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "WageEstimates",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DerivedFrom",
                table: "Sources",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreferredBecause",
                table: "ScopeRules",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "ScopeRules",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "RoleFacts",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreferredBecause",
                table: "Projections",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "Projections",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "PriceParities",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreferredBecause",
                table: "MetroWages",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "MetroWages",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreferredBecause",
                table: "IndustryWages",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "IndustryWages",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PreferredBecause",
                table: "WageEstimates");

            migrationBuilder.DropColumn(
                name: "Tier",
                table: "WageEstimates");

            migrationBuilder.DropColumn(
                name: "DerivedFrom",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "PreferredBecause",
                table: "ScopeRules");

            migrationBuilder.DropColumn(
                name: "Tier",
                table: "ScopeRules");

            migrationBuilder.DropColumn(
                name: "Tier",
                table: "RoleFacts");

            migrationBuilder.DropColumn(
                name: "PreferredBecause",
                table: "Projections");

            migrationBuilder.DropColumn(
                name: "Tier",
                table: "Projections");

            migrationBuilder.DropColumn(
                name: "Tier",
                table: "PriceParities");

            migrationBuilder.DropColumn(
                name: "PreferredBecause",
                table: "MetroWages");

            migrationBuilder.DropColumn(
                name: "Tier",
                table: "MetroWages");

            migrationBuilder.DropColumn(
                name: "PreferredBecause",
                table: "IndustryWages");

            migrationBuilder.DropColumn(
                name: "Tier",
                table: "IndustryWages");
        }
    }
}
