using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SopIngest.Storage.Database.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "batches",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                    Source = table.Column<string>(maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                    FileName = table.Column<string>(maxLength: 1024, nullable: false),
                    Kind = table.Column<string>(maxLength: 16, nullable: false),
                    Length = table.Column<long>(nullable: false),
                    PageCount = table.Column<int>(nullable: true),
                    State = table.Column<int>(nullable: false),
                    Error = table.Column<string>(nullable: true),
                    Attempts = table.Column<int>(nullable: false),
                    QueueToken = table.Column<string>(maxLength: 128, nullable: true),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                    UpdatedAt = table.Column<DateTime>(nullable: false),
                    FinishedAt = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "batch_items",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<long>(nullable: false),
                    Ordinal = table.Column<int>(nullable: false),
                    Name = table.Column<string>(maxLength: 1024, nullable: false),
                    DocumentId = table.Column<long>(nullable: true),
                    Error = table.Column<string>(nullable: true),
                    Duplicate = table.Column<bool>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_batch_items_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_batch_items_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "page_results",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<long>(nullable: false),
                    Page = table.Column<int>(nullable: false),
                    Stage = table.Column<string>(maxLength: 64, nullable: false),
                    StageVersion = table.Column<int>(nullable: false),
                    Json = table.Column<string>(nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_page_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_page_results_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "records",
                columns: table => new
                {
                    Id = table.Column<string>(maxLength: 32, nullable: false),
                    DocumentId = table.Column<long>(nullable: false),
                    Ordinal = table.Column<int>(nullable: false),
                    Title = table.Column<string>(nullable: false),
                    Number = table.Column<string>(nullable: false),
                    Json = table.Column<string>(nullable: false),
                    Revision = table.Column<int>(nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                    UpdatedAt = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_records_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stage_runs",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<long>(nullable: false),
                    Page = table.Column<int>(nullable: false),
                    Stage = table.Column<string>(maxLength: 64, nullable: false),
                    StageVersion = table.Column<int>(nullable: false),
                    Worker = table.Column<string>(maxLength: 128, nullable: false),
                    StartedAt = table.Column<DateTime>(nullable: false),
                    FinishedAt = table.Column<DateTime>(nullable: true),
                    Outcome = table.Column<string>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stage_runs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stage_runs_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "corrections",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<string>(maxLength: 32, nullable: false),
                    Revision = table.Column<int>(nullable: false),
                    Field = table.Column<string>(nullable: false),
                    From = table.Column<string>(nullable: false),
                    To = table.Column<string>(nullable: false),
                    Confidence = table.Column<double>(nullable: true),
                    Source = table.Column<string>(maxLength: 128, nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_corrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_corrections_records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "record_revisions",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<string>(maxLength: 32, nullable: false),
                    Revision = table.Column<int>(nullable: false),
                    Json = table.Column<string>(nullable: false),
                    ChangedBy = table.Column<string>(maxLength: 128, nullable: false),
                    ChangedAt = table.Column<DateTime>(nullable: false),
                    Change = table.Column<string>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_record_revisions_records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_batch_items_BatchId_Ordinal",
                table: "batch_items",
                columns: new[] { "BatchId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_batch_items_DocumentId",
                table: "batch_items",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_corrections_RecordId",
                table: "corrections",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_Sha256",
                table: "documents",
                column: "Sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_State",
                table: "documents",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_page_results_DocumentId_Page_Stage_StageVersion",
                table: "page_results",
                columns: new[] { "DocumentId", "Page", "Stage", "StageVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_record_revisions_RecordId_Revision",
                table: "record_revisions",
                columns: new[] { "RecordId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_records_DocumentId_Ordinal",
                table: "records",
                columns: new[] { "DocumentId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stage_runs_DocumentId_Page_Stage",
                table: "stage_runs",
                columns: new[] { "DocumentId", "Page", "Stage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "batch_items");

            migrationBuilder.DropTable(
                name: "corrections");

            migrationBuilder.DropTable(
                name: "page_results");

            migrationBuilder.DropTable(
                name: "record_revisions");

            migrationBuilder.DropTable(
                name: "stage_runs");

            migrationBuilder.DropTable(
                name: "batches");

            migrationBuilder.DropTable(
                name: "records");

            migrationBuilder.DropTable(
                name: "documents");
        }
    }
}
