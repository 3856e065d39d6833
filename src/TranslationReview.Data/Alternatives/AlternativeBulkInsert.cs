using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace TranslationReview.Data.Alternatives;

/// <summary>
/// Inserts the alternatives of a whole translation with one prepared INSERT, inside the context's open transaction,
/// as <see cref="Documents.SegmentBulkInsert"/> does for segments: change tracking 10,000 rows costs ten times more
/// than SQLite's insert. Columns, order and value conversions come from the EF model.
/// </summary>
internal sealed class AlternativeBulkInsert : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly IReadOnlyList<(IProperty Property, DbParameter Parameter)> _columns;

    private AlternativeBulkInsert(DbCommand command, IReadOnlyList<(IProperty Property, DbParameter Parameter)> columns)
    {
        _command = command;
        _columns = columns;
    }

    /// <summary>Prepares the statement on the context's connection; the context must have a transaction open.</summary>
    public static async Task<AlternativeBulkInsert> PrepareAsync(ReviewDbContext db, CancellationToken cancellationToken)
    {
        var entityType = db.Model.FindEntityType(typeof(TargetVersion))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();

        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("a bulk insert of alternatives must run inside the import transaction");
        var columns = new List<(IProperty, DbParameter)>(properties.Count);
        foreach (var property in properties)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
            columns.Add((property, parameter));
        }

        var names = string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)));
        var values = string.Join(", ", columns.Select(c => c.Item2.ParameterName));
        // The names come from the EF model, never from user input.
#pragma warning disable CA2100
        command.CommandText = $"INSERT INTO {Quote(table.Name)} ({names}) VALUES ({values});";
#pragma warning restore CA2100
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        return new AlternativeBulkInsert(command, columns);
    }

    /// <summary>Inserts one alternative.</summary>
    public async Task InsertAsync(TargetVersion alternative, CancellationToken cancellationToken)
    {
        foreach (var (property, parameter) in _columns)
        {
            var value = property.GetGetter().GetClrValue(alternative);
            var converter = property.GetTypeMapping().Converter;
            parameter.Value = (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
        }

        await _command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
