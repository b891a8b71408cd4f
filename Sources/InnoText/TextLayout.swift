/// The paragraphs and sentences of a text, as ranges of its characters.
public struct TextLayout: Sendable {
    public struct Sentence: Sendable, Equatable {
        public var range: Range<Int>
        public var paragraph: Int
    }

    public var paragraphs: [Range<Int>] = []
    public var sentences: [Sentence] = []

    /// A paragraph ends at a line break or at a run of two or more spaces (texts copied
    /// from web pages lose their line breaks and keep the indentation); a sentence ends
    /// after 。！？；!? or at the paragraph's end.
    public init(_ chars: [Character]) {
        var start = 0
        var i = 0
        func closeParagraph(_ end: Int) {
            if let range = Self.trimmed(chars, start..<end) { paragraphs.append(range) }
        }
        while i < chars.count {
            if chars[i] == "\n" || chars[i] == "\r" || chars[i] == "\u{0C}" {
                closeParagraph(i)
                start = i + 1
            } else if chars[i] == " " || chars[i] == "\t", i + 1 < chars.count, chars[i + 1] == " " || chars[i + 1] == "\t" {
                closeParagraph(i)
                while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
                start = i
                continue
            }
            i += 1
        }
        closeParagraph(chars.count)
        for (number, paragraph) in paragraphs.enumerated() {
            var sentenceStart = paragraph.lowerBound
            for k in paragraph where "。！？；!?;".contains(chars[k]) {
                if let range = Self.trimmed(chars, sentenceStart..<(k + 1)) { sentences.append(Sentence(range: range, paragraph: number)) }
                sentenceStart = k + 1
            }
            if let range = Self.trimmed(chars, sentenceStart..<paragraph.upperBound) {
                sentences.append(Sentence(range: range, paragraph: number))
            }
        }
    }

    /// The range without white space at its ends; nil when nothing is left.
    static func trimmed(_ chars: [Character], _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, chars[lower].isWhitespace { lower += 1 }
        while upper > lower, chars[upper - 1].isWhitespace { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}
