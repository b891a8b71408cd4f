/// A text and its folded form, character for character: full-width digits, letters and
/// signs become ASCII (`１８.９％` → `18.9%`), the ideographic space a space, and the
/// traditional characters of these texts their simplified forms (經費 → 经费). The rules
/// read the folded characters; a quote is cut from the original ones at the same
/// positions, so it stays as the text wrote it.
public struct FoldedText: Sendable {
    public let original: [Character]
    public let folded: [Character]

    public init(_ text: String) {
        original = Array(text)
        folded = original.map(Self.fold)
    }

    public var count: Int { folded.count }

    /// The original text of a range, as written.
    public func quote(_ range: Range<Int>) -> String {
        String(original[range.clamped(to: 0..<original.count)])
    }

    /// The folded text of a range.
    public func text(_ range: Range<Int>) -> String {
        String(folded[range.clamped(to: 0..<folded.count)])
    }

    /// One character folded: full-width ASCII forms (U+FF01–FF5E) to ASCII, U+3000 to a
    /// space, a traditional character to its simplified form; anything else as it is.
    static func fold(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return character }
        switch scalar.value {
        case 0xFF01...0xFF5E: return Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x3000, 0x00A0: return " "
        default: return traditional[character] ?? character
        }
    }

    /// The traditional forms that occur in innovation plans and statistical bulletins, to
    /// their simplified ones. Not a general converter: a character not here is kept.
    static let traditional: [Character: Character] = {
        let pairs = "經经費费專专發发萬万億亿達达規规模模國国較较增增長长際际術术產产業业與与幣币數数資资創创設设區区級级實实現现學学機机構构員员據据額额統统計计總总點点億亿萬万顯显內内準准與与對对於于為为們们個个項项臺台務务將将進进開开關关環环體体電电縣县廳厅報报檢检測测驗验覽览權权標标營营場场貨货運运網网絡络價价值值強强務务專专製制專专積积養养質质費费輸输蘭兰歲岁億亿並并達达億亿隊队護护際际預预預预貢贡獻献試试間间從从會会佔占後后兩两擁拥約约層层蓋盖擁拥鑒鉴導导傳传軟软獲获"
        var map: [Character: Character] = [:]
        let chars = Array(pairs)
        var i = 0
        while i + 1 < chars.count {
            if chars[i] != chars[i + 1] { map[chars[i]] = chars[i + 1] }
            i += 2
        }
        return map
    }()
}
