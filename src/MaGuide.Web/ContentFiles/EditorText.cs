using System.Text;

namespace MaGuide.Web.ContentFiles;

/// <summary>
/// Reads an editor's text file (a guide or a content CSV) as strict UTF-8: a file saved in another encoding (such as
/// Excel's Windows-1252 CSV) or holding a NUL byte is refused with the line of the first bad byte, never read with
/// replacement characters.
/// </summary>
public static class EditorText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text without a byte-order mark, or null with a problem added.</summary>
    public static string? Read(string path, string display, List<ContentProblem> problems)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new(display, 0, $"cannot read the file: {ex.Message}"));
            return null;
        }

        return Decode(bytes, display, problems);
    }

    /// <summary>The text of bytes already read (without a byte-order mark), or null with a problem added.</summary>
    public static string? Decode(byte[] bytes, string display, List<ContentProblem> problems)
    {
        var body = bytes.AsSpan();
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        if (body.IndexOf((byte)0) is >= 0 and var nul)
        {
            problems.Add(new(display, LineAt(body, nul), "the file holds a NUL byte here; it is not a text file, or it was damaged — save it again as UTF-8 text"));
            return null;
        }

        try
        {
            return Strict.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            var at = FirstInvalid(body);
            problems.Add(new(display, LineAt(body, at),
                $"the file is not UTF-8 (byte 0x{body[at]:X2} on this line); save it as UTF-8 (in Excel: Save As, \"CSV UTF-8\")"));
            return null;
        }
    }

    /// <summary>Index of the first byte that does not start or continue a valid UTF-8 sequence.</summary>
    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return bytes.Length - 1;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int index) => bytes[..index].Count((byte)'\n') + 1;
}
