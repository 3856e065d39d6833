namespace TranslationReview.Data;

/// <summary>The project, document or segment an operation names does not exist (any more); the message is fit to show.</summary>
public class ReviewNotFoundException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ReviewNotFoundException()
    {
    }

    /// <summary>Creates the exception with a message fit to show the user.</summary>
    public ReviewNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message fit to show the user and the failure behind it.</summary>
    public ReviewNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
