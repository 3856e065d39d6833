namespace TranslationReview.Data;

/// <summary>An operation the user asked for cannot be done as asked (an invalid name or language tag, merging the last segment, splitting at the edge); the message says why and is fit to show.</summary>
public class ReviewValidationException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ReviewValidationException()
    {
    }

    /// <summary>Creates the exception with a message fit to show the user.</summary>
    public ReviewValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message fit to show the user and the failure behind it.</summary>
    public ReviewValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
