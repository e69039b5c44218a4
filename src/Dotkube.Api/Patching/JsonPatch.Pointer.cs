using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Dotkube.Api.Patching;

public static partial class JsonPatch
{
    /// <summary>
    /// Reads and writes one pointer token in an object or array, with upstream's index rules:
    /// Go <c>strconv.Atoi</c> parsing, negative indices counting from the end, "-" appending on add.
    /// </summary>
    private static class Pointer
    {
        private const string InvalidIndex = ": invalid index referenced";

        /// <summary>RFC 6901 unescaping in one left-to-right pass ("~01" is "~1").</summary>
        public static string Unescape(string token)
        {
            if (!token.Contains('~', StringComparison.Ordinal))
            {
                return token;
            }

            var sb = new StringBuilder(token.Length);
            for (var i = 0; i < token.Length; i++)
            {
                if (token[i] == '~' && i + 1 < token.Length && token[i + 1] is '0' or '1')
                {
                    sb.Append(token[i + 1] == '0' ? '~' : '/');
                    i++;
                }
                else
                {
                    sb.Append(token[i]);
                }
            }

            return sb.ToString();
        }

        /// <summary>A member (null when absent, as upstream) or an element (an error when out of range).</summary>
        public static JsonNode? Get(JsonNode container, string key)
        {
            if (container is JsonObject obj)
            {
                return obj[key];
            }

            var array = (JsonArray)container;
            var index = Atoi(key);
            return array[Resolve(index, array.Count, index >= array.Count)];
        }

        public static void Set(JsonNode container, string key, JsonNode? value)
        {
            if (container is JsonObject obj)
            {
                obj[key] = value;
                return;
            }

            var array = (JsonArray)container;
            var index = Atoi(key);
            array[Resolve(index, array.Count, index >= array.Count)] = value;
        }

        public static void Add(JsonNode container, string key, JsonNode? value)
        {
            if (container is JsonObject obj)
            {
                obj[key] = value;
                return;
            }

            var array = (JsonArray)container;
            if (key == "-")
            {
                array.Add(value);
                return;
            }

            int index;
            try
            {
                index = Atoi(key);
            }
            catch (PatchException e)
            {
                throw new PatchException(PatchErrorKind.Unprocessable, $"value was not a proper array index: '{key}': {e.Message}");
            }

            array.Insert(Resolve(index, array.Count + 1, index >= array.Count + 1), value);
        }

        public static void Remove(JsonNode container, string key)
        {
            if (container is JsonObject obj)
            {
                if (!obj.Remove(key))
                {
                    throw new PatchException(PatchErrorKind.Unprocessable, $"Unable to remove nonexistent key: {key}: missing value");
                }

                return;
            }

            var array = (JsonArray)container;
            var index = Atoi(key);
            array.RemoveAt(Resolve(index, array.Count, index >= array.Count));
        }

        private static int Resolve(int index, int length, bool tooLarge)
        {
            if (tooLarge || index < -length)
            {
                throw new PatchException(PatchErrorKind.Unprocessable, $"Unable to access invalid index: {index}{InvalidIndex}");
            }

            return index < 0 ? index + length : index;
        }

        /// <summary>Go's strconv.Atoi, with its error text.</summary>
        private static int Atoi(string s)
        {
            var digits = s.Length > 0 && s[0] is '+' or '-' ? s[1..] : s;
            if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
            {
                throw new PatchException(PatchErrorKind.Unprocessable, $"strconv.Atoi: parsing \"{s}\": invalid syntax");
            }

            if (!int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                throw new PatchException(PatchErrorKind.Unprocessable, $"strconv.Atoi: parsing \"{s}\": value out of range");
            }

            return value;
        }
    }
}
