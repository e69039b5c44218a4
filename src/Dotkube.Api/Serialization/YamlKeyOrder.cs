namespace Dotkube.Api.Serialization;

/// <summary>
/// yaml.v2's key order (sorter.go): runs of digits compare by value ("a2" before "a10"),
/// and at the first difference a non-letter sorts before a letter.
/// </summary>
internal static class YamlKeyOrder
{
    public static int Compare(string a, string b)
    {
        if (Less(a, b))
        {
            return -1;
        }

        return Less(b, a) ? 1 : 0;
    }

    private static bool Less(string a, string b)
    {
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            var aLetter = char.IsLetter(a[i]);
            var bLetter = char.IsLetter(b[i]);
            if (aLetter && bLetter)
            {
                return a[i] < b[i];
            }

            if (aLetter || bLetter)
            {
                return bLetter;
            }

            long an = 0, bn = 0;
            if (a[i] == '0' || b[i] == '0')
            {
                // Inside a number that already has a non-zero digit, zeros are ordinary digits.
                for (var j = i - 1; j >= 0 && char.IsAsciiDigit(a[j]); j--)
                {
                    if (a[j] != '0')
                    {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }

            int ai, bi;
            for (ai = i; ai < a.Length && char.IsAsciiDigit(a[ai]); ai++)
            {
                an = an * 10 + (a[ai] - '0');
            }

            for (bi = i; bi < b.Length && char.IsAsciiDigit(b[bi]); bi++)
            {
                bn = bn * 10 + (b[bi] - '0');
            }

            if (an != bn)
            {
                return an < bn;
            }

            if (ai != bi)
            {
                return ai < bi;
            }

            return a[i] < b[i];
        }

        return a.Length < b.Length;
    }
}
