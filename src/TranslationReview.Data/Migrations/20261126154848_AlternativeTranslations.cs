using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TranslationReview.Data.Migrations
{
    /// <inheritdoc />
    public partial class AlternativeTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "TargetVersions",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAlternative",
                table: "TargetVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TargetAuthor",
                table: "Segments",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TargetChangedAt",
                table: "Segments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetChangedBy",
                table: "Segments",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetLabel",
                table: "Segments",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "Imported");

            migrationBuilder.AddColumn<int>(
                name: "TargetOrigin",
                table: "Segments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "TargetLabel",
                table: "Documents",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "Imported");

            migrationBuilder.AddColumn<int>(
                name: "TargetOrigin",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "TargetVersions");

            migrationBuilder.DropColumn(
                name: "IsAlternative",
                table: "TargetVersions");

            migrationBuilder.DropColumn(
                name: "TargetAuthor",
                table: "Segments");

            migrationBuilder.DropColumn(
                name: "TargetChangedAt",
                table: "Segments");

            migrationBuilder.DropColumn(
                name: "TargetChangedBy",
                table: "Segments");

            migrationBuilder.DropColumn(
                name: "TargetLabel",
                table: "Segments");

            migrationBuilder.DropColumn(
                name: "TargetOrigin",
                table: "Segments");

            migrationBuilder.DropColumn(
                name: "TargetLabel",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "TargetOrigin",
                table: "Documents");
        }
    }
}
