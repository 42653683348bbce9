using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaGuide.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CensusDivisionsAndDataFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CensusDivisions",
                columns: table => new
                {
                    StateCode = table.Column<string>(type: "TEXT", nullable: false),
                    Division = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CensusDivisions", x => x.StateCode);
                    table.ForeignKey(
                        name: "FK_CensusDivisions_Areas_StateCode",
                        column: x => x.StateCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CensusDivisions_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DataFiles",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataFiles", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CensusDivisions_Division",
                table: "CensusDivisions",
                column: "Division");

            migrationBuilder.CreateIndex(
                name: "IX_CensusDivisions_SourceId",
                table: "CensusDivisions",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CensusDivisions");

            migrationBuilder.DropTable(
                name: "DataFiles");
        }
    }
}
