using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaGuide.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AreaPayGapsAndDelegation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BoardDelegationSourceId",
                table: "Areas",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayNearbyMetros",
                table: "Areas",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayNote",
                table: "Areas",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BoardDelegationSourceId",
                table: "Areas");

            migrationBuilder.DropColumn(
                name: "PayNearbyMetros",
                table: "Areas");

            migrationBuilder.DropColumn(
                name: "PayNote",
                table: "Areas");
        }
    }
}
