/// What a message shows of a text the user gave (a typed value, a field of a file): cut to
/// at most 40 Unicode scalars, so that a message stays one readable line whatever the file
/// held — a number of a million digits, a name of 10,000 combining marks.
public enum Quote {
    public static let maximumLength = 40

    /// The text in double quotes, cut with "…" when longer than `maximumLength`.
    public static func of(_ text: some StringProtocol) -> String {
        "\"" + cut(text) + "\""
    }

    /// The text cut with "…" when longer than `maximumLength` scalars.
    public static func cut(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > maximumLength else { return String(text) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars.prefix(maximumLength))
        return String(kept) + "…"
    }
}
