namespace Partnerships.Rules.Calendars;

/// <summary>How <see cref="Proration.ForPostFilledOn"/> counts the part of a year a post is filled for.</summary>
public enum ProrationBasis
{
    /// <summary>Whole financial months, counting the month the post is filled in as a whole month: a post filled on
    /// 1 or 15 July is costed for 9 of the 12 months of a UK government year.</summary>
    WholeMonths = 0,

    /// <summary>Days, from the day the post is filled to the end of the year inclusive, out of the days in the year.</summary>
    Days = 1,
}
