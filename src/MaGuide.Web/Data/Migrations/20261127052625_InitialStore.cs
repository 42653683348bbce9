using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaGuide.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScopeTasks",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScopeTasks", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", nullable: false),
                    Retrieved = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoreInfo",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InputHash = table.Column<string>(type: "TEXT", nullable: false),
                    BuiltAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoreInfo", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Areas",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    IsState = table.Column<bool>(type: "INTEGER", nullable: false),
                    BoardName = table.Column<string>(type: "TEXT", nullable: true),
                    BoardUrl = table.Column<string>(type: "TEXT", nullable: true),
                    BoardRegulates = table.Column<string>(type: "TEXT", nullable: true),
                    BoardSourceId = table.Column<string>(type: "TEXT", nullable: true),
                    BoardNote = table.Column<string>(type: "TEXT", nullable: true),
                    ScopeConfidence = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Areas", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Areas_Sources_BoardSourceId",
                        column: x => x.BoardSourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Roles",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    SocCode = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Roles", x => x.Slug);
                    table.ForeignKey(
                        name: "FK_Roles_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PriceParities",
                columns: table => new
                {
                    StateCode = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AllItems = table.Column<decimal>(type: "TEXT", nullable: false),
                    Goods = table.Column<decimal>(type: "TEXT", nullable: false),
                    ServicesHousing = table.Column<decimal>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceParities", x => new { x.StateCode, x.Year });
                    table.ForeignKey(
                        name: "FK_PriceParities_Areas_StateCode",
                        column: x => x.StateCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PriceParities_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScopeRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StateCode = table.Column<string>(type: "TEXT", nullable: false),
                    TaskKey = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Conditions = table.Column<string>(type: "TEXT", nullable: false),
                    Credential = table.Column<string>(type: "TEXT", nullable: false),
                    Supervision = table.Column<string>(type: "TEXT", nullable: false),
                    Citation = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: true),
                    Confidence = table.Column<string>(type: "TEXT", nullable: false),
                    Preferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScopeRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScopeRules_Areas_StateCode",
                        column: x => x.StateCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ScopeRules_ScopeTasks_TaskKey",
                        column: x => x.TaskKey,
                        principalTable: "ScopeTasks",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ScopeRules_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "IndustryWages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleSlug = table.Column<string>(type: "TEXT", nullable: false),
                    IndustryName = table.Column<string>(type: "TEXT", nullable: false),
                    Naics = table.Column<string>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Employment = table.Column<int>(type: "INTEGER", nullable: true),
                    HourlyMean = table.Column<decimal>(type: "TEXT", nullable: true),
                    AnnualMean = table.Column<decimal>(type: "TEXT", nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Preferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndustryWages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndustryWages_Roles_RoleSlug",
                        column: x => x.RoleSlug,
                        principalTable: "Roles",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndustryWages_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MetroWages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleSlug = table.Column<string>(type: "TEXT", nullable: false),
                    AreaName = table.Column<string>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Employment = table.Column<int>(type: "INTEGER", nullable: true),
                    HourlyMean = table.Column<decimal>(type: "TEXT", nullable: true),
                    AnnualMean = table.Column<decimal>(type: "TEXT", nullable: true),
                    AnnualMedian = table.Column<decimal>(type: "TEXT", nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Preferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MetroWages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MetroWages_Roles_RoleSlug",
                        column: x => x.RoleSlug,
                        principalTable: "Roles",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MetroWages_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Projections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleSlug = table.Column<string>(type: "TEXT", nullable: false),
                    BaseYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EmploymentBase = table.Column<int>(type: "INTEGER", nullable: true),
                    EmploymentTarget = table.Column<int>(type: "INTEGER", nullable: true),
                    ChangeNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    ChangePercent = table.Column<decimal>(type: "TEXT", nullable: true),
                    AnnualOpenings = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Preferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Projections_Roles_RoleSlug",
                        column: x => x.RoleSlug,
                        principalTable: "Roles",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Projections_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleFacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Attribute = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleFacts_Roles_RoleSlug",
                        column: x => x.RoleSlug,
                        principalTable: "Roles",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleFacts_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WageEstimates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleSlug = table.Column<string>(type: "TEXT", nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodInferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    Employment = table.Column<int>(type: "INTEGER", nullable: true),
                    HourlyMean = table.Column<decimal>(type: "TEXT", nullable: true),
                    HourlyP10 = table.Column<decimal>(type: "TEXT", nullable: true),
                    HourlyP25 = table.Column<decimal>(type: "TEXT", nullable: true),
                    HourlyMedian = table.Column<decimal>(type: "TEXT", nullable: true),
                    HourlyP75 = table.Column<decimal>(type: "TEXT", nullable: true),
                    HourlyP90 = table.Column<decimal>(type: "TEXT", nullable: true),
                    AnnualMean = table.Column<decimal>(type: "TEXT", nullable: true),
                    AnnualP10 = table.Column<decimal>(type: "TEXT", nullable: true),
                    AnnualP25 = table.Column<decimal>(type: "TEXT", nullable: true),
                    AnnualMedian = table.Column<decimal>(type: "TEXT", nullable: true),
                    AnnualP75 = table.Column<decimal>(type: "TEXT", nullable: true),
                    AnnualP90 = table.Column<decimal>(type: "TEXT", nullable: true),
                    EmploymentPer1000 = table.Column<decimal>(type: "TEXT", nullable: true),
                    LocationQuotient = table.Column<decimal>(type: "TEXT", nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Preferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WageEstimates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WageEstimates_Areas_AreaCode",
                        column: x => x.AreaCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WageEstimates_Roles_RoleSlug",
                        column: x => x.RoleSlug,
                        principalTable: "Roles",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WageEstimates_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Areas_BoardSourceId",
                table: "Areas",
                column: "BoardSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Areas_Slug",
                table: "Areas",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndustryWages_RoleSlug_Preferred_Year",
                table: "IndustryWages",
                columns: new[] { "RoleSlug", "Preferred", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_IndustryWages_SourceId",
                table: "IndustryWages",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_MetroWages_RoleSlug_Preferred_Year",
                table: "MetroWages",
                columns: new[] { "RoleSlug", "Preferred", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_MetroWages_SourceId",
                table: "MetroWages",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_PriceParities_SourceId",
                table: "PriceParities",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Projections_RoleSlug_Preferred_TargetYear",
                table: "Projections",
                columns: new[] { "RoleSlug", "Preferred", "TargetYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Projections_SourceId",
                table: "Projections",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleFacts_RoleSlug_Attribute",
                table: "RoleFacts",
                columns: new[] { "RoleSlug", "Attribute" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleFacts_SourceId",
                table: "RoleFacts",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Roles_SocCode",
                table: "Roles",
                column: "SocCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Roles_SourceId",
                table: "Roles",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ScopeRules_SourceId",
                table: "ScopeRules",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ScopeRules_StateCode_TaskKey",
                table: "ScopeRules",
                columns: new[] { "StateCode", "TaskKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ScopeRules_TaskKey_Status",
                table: "ScopeRules",
                columns: new[] { "TaskKey", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Kind",
                table: "Sources",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_WageEstimates_AreaCode",
                table: "WageEstimates",
                column: "AreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_WageEstimates_RoleSlug_AreaCode_Preferred_Year",
                table: "WageEstimates",
                columns: new[] { "RoleSlug", "AreaCode", "Preferred", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_WageEstimates_SourceId",
                table: "WageEstimates",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndustryWages");

            migrationBuilder.DropTable(
                name: "MetroWages");

            migrationBuilder.DropTable(
                name: "PriceParities");

            migrationBuilder.DropTable(
                name: "Projections");

            migrationBuilder.DropTable(
                name: "RoleFacts");

            migrationBuilder.DropTable(
                name: "ScopeRules");

            migrationBuilder.DropTable(
                name: "StoreInfo");

            migrationBuilder.DropTable(
                name: "WageEstimates");

            migrationBuilder.DropTable(
                name: "ScopeTasks");

            migrationBuilder.DropTable(
                name: "Areas");

            migrationBuilder.DropTable(
                name: "Roles");

            migrationBuilder.DropTable(
                name: "Sources");
        }
    }
}
