using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaGuide.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MetroStates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MetroStates",
                columns: table => new
                {
                    AreaName = table.Column<string>(type: "TEXT", nullable: false),
                    States = table.Column<string>(type: "TEXT", nullable: false),
                    OfficialTitle = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MetroStates", x => x.AreaName);
                    table.ForeignKey(
                        name: "FK_MetroStates_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_MetroStates_SourceId",
                table: "MetroStates",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MetroStates");
        }
    }
}
