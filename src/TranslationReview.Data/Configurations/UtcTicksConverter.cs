using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TranslationReview.Data.Configurations;

/// <summary>Stores a <see cref="DateTimeOffset"/> as its UTC ticks, so SQLite can sort and compare it; reads it back in UTC.</summary>
internal sealed class UtcTicksConverter : ValueConverter<DateTimeOffset, long>
{
    public UtcTicksConverter()
        : base(value => value.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero))
    {
    }
}
