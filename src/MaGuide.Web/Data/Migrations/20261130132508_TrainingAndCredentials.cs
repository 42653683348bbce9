using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaGuide.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TrainingAndCredentials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Credentials",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Abbreviation = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    BodyUrl = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", nullable: false),
                    StateCode = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    ExamFeeLow = table.Column<decimal>(type: "TEXT", nullable: true),
                    ExamFeeHigh = table.Column<decimal>(type: "TEXT", nullable: true),
                    ExamFeeText = table.Column<string>(type: "TEXT", nullable: false),
                    ExamFeePeriod = table.Column<string>(type: "TEXT", nullable: false),
                    ExamFeeSourceId = table.Column<string>(type: "TEXT", nullable: true),
                    RenewalYears = table.Column<int>(type: "INTEGER", nullable: true),
                    RenewalText = table.Column<string>(type: "TEXT", nullable: false),
                    RenewalSourceId = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Credentials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Credentials_Areas_StateCode",
                        column: x => x.StateCode,
                        principalTable: "Areas",
                        principalColumn: "Code");
                    table.ForeignKey(
                        name: "FK_Credentials_Sources_ExamFeeSourceId",
                        column: x => x.ExamFeeSourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Credentials_Sources_RenewalSourceId",
                        column: x => x.RenewalSourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Credentials_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingFunding",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    WhoQualifies = table.Column<string>(type: "TEXT", nullable: false),
                    WhatItPays = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingFunding", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingFunding_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingRoutes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Backgrounds = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRoutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingRoutes_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CredentialRoutes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CredentialId = table.Column<string>(type: "TEXT", nullable: false),
                    Route = table.Column<string>(type: "TEXT", nullable: false),
                    Background = table.Column<string>(type: "TEXT", nullable: false),
                    MinYears = table.Column<int>(type: "INTEGER", nullable: true),
                    Requirement = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CredentialRoutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CredentialRoutes_Credentials_CredentialId",
                        column: x => x.CredentialId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CredentialRoutes_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CredentialRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CredentialId = table.Column<string>(type: "TEXT", nullable: false),
                    StateCode = table.Column<string>(type: "TEXT", nullable: false),
                    TaskKey = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CredentialRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CredentialRules_Areas_StateCode",
                        column: x => x.StateCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CredentialRules_Credentials_CredentialId",
                        column: x => x.CredentialId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CredentialRules_ScopeTasks_TaskKey",
                        column: x => x.TaskKey,
                        principalTable: "ScopeTasks",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CredentialRules_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingFacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RouteId = table.Column<string>(type: "TEXT", nullable: false),
                    Attribute = table.Column<string>(type: "TEXT", nullable: false),
                    Low = table.Column<decimal>(type: "TEXT", nullable: true),
                    High = table.Column<decimal>(type: "TEXT", nullable: true),
                    Period = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingFacts_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingFacts_TrainingRoutes_RouteId",
                        column: x => x.RouteId,
                        principalTable: "TrainingRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CredentialRoutes_CredentialId_Route",
                table: "CredentialRoutes",
                columns: new[] { "CredentialId", "Route" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CredentialRoutes_SourceId",
                table: "CredentialRoutes",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CredentialRules_CredentialId",
                table: "CredentialRules",
                column: "CredentialId");

            migrationBuilder.CreateIndex(
                name: "IX_CredentialRules_SourceId",
                table: "CredentialRules",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CredentialRules_StateCode_TaskKey_CredentialId",
                table: "CredentialRules",
                columns: new[] { "StateCode", "TaskKey", "CredentialId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CredentialRules_TaskKey",
                table: "CredentialRules",
                column: "TaskKey");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_ExamFeeSourceId",
                table: "Credentials",
                column: "ExamFeeSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_RenewalSourceId",
                table: "Credentials",
                column: "RenewalSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_SourceId",
                table: "Credentials",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_StateCode",
                table: "Credentials",
                column: "StateCode");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFacts_RouteId_Attribute",
                table: "TrainingFacts",
                columns: new[] { "RouteId", "Attribute" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFacts_SourceId",
                table: "TrainingFacts",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFunding_SourceId",
                table: "TrainingFunding",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRoutes_SourceId",
                table: "TrainingRoutes",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CredentialRoutes");

            migrationBuilder.DropTable(
                name: "CredentialRules");

            migrationBuilder.DropTable(
                name: "TrainingFacts");

            migrationBuilder.DropTable(
                name: "TrainingFunding");

            migrationBuilder.DropTable(
                name: "Credentials");

            migrationBuilder.DropTable(
                name: "TrainingRoutes");
        }
    }
}
