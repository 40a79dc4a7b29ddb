using System.Text.Json;
using System.Text.RegularExpressions;

namespace Partnerships.Rules.Tests.Publishing;

/// <summary>
/// The essential rules of the 360Giving Data Standard's published JSON schemas (360-giving-package-schema.json and
/// 360-giving-schema.json, ThreeSixtyGiving/standard), written as code: the package's required <c>grants</c>, each
/// grant's required fields and their types, the date and identifier forms, and the organisations' required id and name.
/// </summary>
internal static partial class ThreeSixtyGivingRules
{
    private static readonly string[] RequiredGrantFields = ["id", "title", "description", "currency", "amountAwarded", "awardDate", "recipientOrganization", "fundingOrganization"];

    private static readonly HashSet<string> KnownGrantFields =
    [
        "id", "title", "description", "currency", "amountAppliedFor", "amountAwarded", "amountDisbursed", "awardDate", "url", "plannedDates",
        "actualDates", "recipientOrganization", "recipientIndividual", "beneficiaryLocation", "fundingOrganization", "grantProgramme",
        "fromOpenCall", "fundingType", "classifications", "relatedDocument", "applicationTransaction", "commitmentTransaction",
        "disbursementTransaction", "relatedActivity", "dateModified", "dataSource",
    ];

    public static List<string> Check(string json)
    {
        var errors = new List<string>();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("grants", out var grants) || grants.ValueKind != JsonValueKind.Array)
        {
            errors.Add("$: the package needs a 'grants' array");
            return errors;
        }

        if (grants.GetArrayLength() == 0)
        {
            errors.Add("$.grants: at least one grant (minItems 1)");
        }

        if (root.TryGetProperty("version", out var version) && (version.ValueKind != JsonValueKind.String || !Version().IsMatch(version.GetString()!)))
        {
            errors.Add("$.version: major.minor, such as 1.4");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var grant in grants.EnumerateArray())
        {
            var at = $"$.grants[{i++}]";
            if (grant.ValueKind != JsonValueKind.Object)
            {
                errors.Add(at + ": a grant is an object");
                continue;
            }

            errors.AddRange(RequiredGrantFields.Where(f => !grant.TryGetProperty(f, out _)).Select(f => $"{at}.{f}: required"));
            errors.AddRange(grant.EnumerateObject().Where(p => !KnownGrantFields.Contains(p.Name)).Select(p => $"{at}.{p.Name}: not a field of the standard"));
            foreach (var property in grant.EnumerateObject())
            {
                var path = at + "." + property.Name;
                var value = property.Value;
                switch (property.Name)
                {
                    case "id":
                        String(value, path, errors);
                        if (value.ValueKind == JsonValueKind.String && !value.GetString()!.StartsWith("360G-", StringComparison.Ordinal))
                        {
                            errors.Add(path + ": a grant identifier starts with the funder's 360G- prefix");
                        }

                        if (value.ValueKind == JsonValueKind.String && !ids.Add(value.GetString()!))
                        {
                            errors.Add(path + ": grant identifiers are unique");
                        }

                        break;
                    case "title" or "description":
                        String(value, path, errors);
                        break;
                    case "currency":
                        if (value.ValueKind != JsonValueKind.String || !Currency().IsMatch(value.GetString()!))
                        {
                            errors.Add(path + ": an ISO 4217 code");
                        }

                        break;
                    case "amountAwarded" or "amountAppliedFor" or "amountDisbursed":
                        Number(value, path, errors);
                        break;
                    case "awardDate" or "dateModified":
                        Date(value, path, errors);
                        break;
                    case "recipientOrganization" or "fundingOrganization":
                        Items(value, path, errors, minimum: 1, (item, p) =>
                        {
                            Required(item, p, errors, "id", "name");
                            Strings(item, p, errors, "id", "name");
                        });
                        break;
                    case "plannedDates":
                        Items(value, path, errors, 0, (item, p) =>
                        {
                            Required(item, p, errors, "startDate");
                            Dates(item, p, errors, "startDate", "endDate");
                            Strings(item, p, errors, "duration");
                        });
                        break;
                    case "beneficiaryLocation":
                        Items(value, path, errors, 0, (item, p) =>
                        {
                            Strings(item, p, errors, "name", "geoCode", "geoCodeType", "countryCode");
                            if (item.TryGetProperty("countryCode", out var country) && country.GetString()?.Length != 2)
                            {
                                errors.Add(p + ".countryCode: an ISO 3166-1 alpha-2 code");
                            }
                        });
                        break;
                    case "classifications" or "grantProgramme":
                        Items(value, path, errors, 0, (item, p) => Strings(item, p, errors, "vocabulary", "code", "title"));
                        break;
                    case "disbursementTransaction":
                        Items(value, path, errors, 0, (item, p) =>
                        {
                            Strings(item, p, errors, "id", "description");
                            Dates(item, p, errors, "transactionDate");
                            if (item.TryGetProperty("value", out var v))
                            {
                                Number(v, p + ".value", errors);
                            }

                            if (item.TryGetProperty("currency", out var c) && (c.ValueKind != JsonValueKind.String || !Currency().IsMatch(c.GetString()!)))
                            {
                                errors.Add(p + ".currency: an ISO 4217 code");
                            }
                        });
                        break;
                }
            }
        }

        return errors;
    }

    private static void Items(JsonElement value, string path, List<string> errors, int minimum, Action<JsonElement, string> each)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(path + ": an array");
            return;
        }

        if (value.GetArrayLength() < minimum)
        {
            errors.Add($"{path}: at least {minimum} item(s)");
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var at = $"{path}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(at + ": an object");
                continue;
            }

            each(item, at);
        }
    }

    private static void Required(JsonElement item, string path, List<string> errors, params string[] fields) =>
        errors.AddRange(fields.Where(f => !item.TryGetProperty(f, out _)).Select(f => $"{path}.{f}: required"));

    private static void Strings(JsonElement item, string path, List<string> errors, params string[] fields)
    {
        foreach (var field in fields)
        {
            if (item.TryGetProperty(field, out var value))
            {
                String(value, path + "." + field, errors);
            }
        }
    }

    private static void Dates(JsonElement item, string path, List<string> errors, params string[] fields)
    {
        foreach (var field in fields)
        {
            if (item.TryGetProperty(field, out var value))
            {
                Date(value, path + "." + field, errors);
            }
        }
    }

    private static void String(JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(path + ": a string");
        }
    }

    private static void Number(JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            errors.Add(path + ": a number");
        }
    }

    private static void Date(JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.String || !(DateOnly().IsMatch(value.GetString()!) || DateTime().IsMatch(value.GetString()!)))
        {
            errors.Add(path + ": a date, YYYY-MM-DD or a full date-time");
        }
    }

    [GeneratedRegex(@"^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$")]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")]
    private static partial Regex DateTime();

    [GeneratedRegex(@"^(\d+\.)(\d+)$")]
    private static partial Regex Version();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Currency();
}
