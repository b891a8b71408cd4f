import InnoCore

/// A figure a bulletin or news text gives for a target of the plan, for the analyst to
/// accept or skip.
public struct FigureProposal: Sendable, Equatable {
    public var targetID: String
    public var year: Int
    public var value: Double
    /// The sentence it comes from, as written.
    public var sentence: String
    /// The number as the text writes it (２.１１%, 1.2万件, 百分之二).
    public var written: String
    /// How the figure was derived, when it is not the text's own number.
    public var note: String?
    /// Why the match is doubtful; empty when it is not.
    public var doubts: [String]
    public var isDoubtful: Bool { !doubts.isEmpty }
}

/// What was found in a text, and what was passed over with the reason.
public struct FigureReading: Sendable {
    public var proposals: [FigureProposal]
    /// Quantities that name a target but could not be proposed (no year, another region…).
    public var skipped: [String]
}

/// Reads figures for the plan's targets from a bulletin or news text.
public enum FigureReader {
    /// `year`: the year of the figures when a sentence does not say; `stored` gives the
    /// database's figure of a target and year, for a change (比上年提高0.2个百分点) with no level.
    public static func read(_ text: String, plan: Plan, year: Int?, stored: (String, Int) -> Double?) -> FigureReading {
        let folded = FoldedText(text)
        let chars = folded.folded
        let layout = TextLayout(chars)
        let years = QuantityReader.years(in: chars).filter { isFigureYear($0, chars) }
        let textYear = years.first?.year
        var proposals: [FigureProposal] = []
        var skipped: [String] = []
        for sentence in layout.sentences {
            let sentenceText = folded.text(sentence.range)
            let quote = folded.quote(sentence.range)
            if let other = otherRegion(sentenceText, plan: plan) {
                if !TermMatcher.matches(sentenceText, plan: plan).isEmpty {
                    skipped.append("\(Quote.cut(quote)): a figure for \(other), not the plan's region \(plan.info.region.zh)")
                }
                continue
            }
            let local = Array(chars[sentence.range])
            var lastLevel: (proposal: FigureProposal, subject: String)?
            var clauseStart = 0
            for q in QuantityReader.quantities(in: local) {
                var start = q.numberRange.lowerBound
                while start > clauseStart, !"，,；;。：:".contains(local[start - 1]) { start -= 1 }
                let subject = String(local[start..<q.numberRange.lowerBound])
                clauseStart = q.range.upperBound
                let written = folded.quote((q.numberRange.lowerBound + sentence.range.lowerBound)..<(q.range.upperBound + sentence.range.lowerBound))
                let figureYear = self.year(before: sentence.range.lowerBound + q.numberRange.lowerBound, in: sentence, layout: layout, years: years)
                    ?? year ?? textYear
                if q.isPointChange {
                    guard let level = lastLevel, isChangeFromYearBefore(subject) else { continue }
                    let change = isFall(subject) ? -q.value : q.value
                    var derived = level.proposal
                    derived.year -= 1
                    derived.value = roundDecimal(level.proposal.value - change)
                    derived.written = written
                    derived.note = "derived: \(ExactDecimal.text(level.proposal.value)) of \(level.proposal.year) minus the change of \(ExactDecimal.text(change)) points (\(written))"
                    proposals.append(derived)
                    continue
                }
                var matches = TermMatcher.matches(subject, plan: plan).filter { unitFits(q, $0.target, subject: subject) }
                if matches.isEmpty {
                    // The clause names no target (…支出686.6亿元，投入强度2.36%): the sentence up to the number may.
                    let prefix = String(local[0..<q.numberRange.lowerBound])
                    matches = TermMatcher.matches(prefix, plan: plan).filter { unitFits(q, $0.target, subject: prefix) }
                }
                guard let best = matches.first else {
                    // 比上年提高 with no level before: the change alone.
                    continue
                }
                guard let figureYear else {
                    skipped.append("\(best.target.id) \(written): no year in the sentence or the text; give --year")
                    continue
                }
                var doubts: [String] = []
                if !best.extraNarrowing.isEmpty {
                    doubts.append("the sentence says \(best.extraNarrowing.joined(separator: ", ")), which the target's name does not")
                }
                if matches.count > 1, matches[1].score == best.score, matches[1].extraNarrowing.count == best.extraNarrowing.count {
                    doubts.append("the words fit \(matches[1].target.id) as well")
                }
                if best.target.isCount, !best.target.isPercentage, q.unit != baseUnit(best.target) {
                    doubts.append("unit \(q.unit) for a target in \(best.target.unit?.zh ?? "")")
                }
                var value = q.value
                var note: String?
                if q.unit == "万元", best.target.unit?.zh == "亿元" {
                    value = q.value / 10_000
                    note = "\(written) read as \(ExactDecimal.text(value)) 亿元"
                }
                let proposal = FigureProposal(targetID: best.target.id, year: figureYear, value: value, sentence: quote,
                                              written: written, note: note, doubts: doubts)
                proposals.append(proposal)
                lastLevel = (proposal, subject)
            }
            // A change with no level in its sentence: the derived level from the stored figure.
            if lastLevel == nil {
                for q in QuantityReader.quantities(in: local) where q.isPointChange {
                    let subject = String(local[0..<q.numberRange.lowerBound])
                    guard isChangeFromYearBefore(subject), let best = TermMatcher.matches(subject, plan: plan).first(where: { $0.target.isPercentage }),
                          let figureYear = self.year(before: sentence.range.lowerBound + q.numberRange.lowerBound, in: sentence, layout: layout, years: years) ?? year ?? textYear
                    else { continue }
                    let written = folded.quote((q.numberRange.lowerBound + sentence.range.lowerBound)..<(q.range.upperBound + sentence.range.lowerBound))
                    guard let before = stored(best.target.id, figureYear - 1) else {
                        skipped.append("\(best.target.id) \(figureYear): \(written) is a change, and no \(figureYear - 1) figure is stored to derive the level from")
                        continue
                    }
                    let change = isFall(subject) ? -q.value : q.value
                    proposals.append(FigureProposal(
                        targetID: best.target.id, year: figureYear, value: roundDecimal(before + change), sentence: quote, written: written,
                        note: "derived: the stored \(figureYear - 1) figure \(ExactDecimal.text(before)) plus the change of \(ExactDecimal.text(change)) points (\(written))",
                        doubts: []
                    ))
                }
            }
        }
        return FigureReading(proposals: proposals, skipped: skipped)
    }

    static func roundDecimal(_ value: Double) -> Double {
        (value * 1_000_000).rounded() / 1_000_000
    }

    static func isChangeFromYearBefore(_ subject: String) -> Bool {
        ["比上年", "较上年", "同比", "比去年", "较去年"].contains(where: subject.contains)
    }

    static func isFall(_ subject: String) -> Bool {
        let tail = String(subject.suffix(6))
        return ["下降", "降低", "减少", "回落"].contains(where: tail.contains)
    }

    /// The unit of a target's figures as a text writes it (件 for 件/万人).
    static func baseUnit(_ target: Target) -> String {
        let unit = target.unit?.zh ?? ""
        return unit.hasSuffix("/万人") ? String(unit.dropLast(3)) : unit
    }

    /// Whether the quantity can be a figure of the target: a share needs a percentage, a
    /// sum of money a sum, a count a count.
    static func unitFits(_ q: Quantity, _ target: Target, subject: String) -> Bool {
        if target.isPercentage { return q.isPercent }
        if q.isPercent || q.isPointChange { return false }
        let unit = target.unit?.zh ?? ""
        if unit == "亿元" { return q.unit == "亿元" || q.unit == "万元" }
        if ["亿元", "万元", "元"].contains(q.unit) { return unit == q.unit }
        return true
    }

    /// A year a figure can be for: not 比2015年, 从2015年, 2015年以来, nor a date's year
    /// with its month.
    static func isFigureYear(_ mention: YearMention, _ chars: [Character]) -> Bool {
        guard chars[mention.range.upperBound - 1] == "年" else { return false }
        let before = mention.range.lowerBound > 0 ? chars[mention.range.lowerBound - 1] : " "
        if "比较从自到于".contains(before) { return false }
        if before == "至", mention.range.lowerBound < 2 || chars[mention.range.lowerBound - 2] != "截" { return false }
        let after = mention.range.upperBound < chars.count ? chars[mention.range.upperBound] : " "
        if after.isASCIIDigit || "以起前".contains(after) { return false }
        return true
    }

    /// The year of a figure: the last year before it in its sentence, else in its paragraph.
    static func year(before position: Int, in sentence: TextLayout.Sentence, layout: TextLayout, years: [YearMention]) -> Int? {
        let paragraph = layout.paragraphs[sentence.paragraph]
        if let inSentence = years.last(where: { sentence.range.contains($0.range.lowerBound) && $0.range.upperBound <= position }) {
            return inSentence.year
        }
        return years.last(where: { paragraph.contains($0.range.lowerBound) && $0.range.upperBound <= position })?.year
    }

    /// The region a sentence is about when it is not the plan's: 全国 for a city's plan, a
    /// city's or province's own words (全市, 全省, 本市) for the nation's, or another region's name.
    static func otherRegion(_ sentence: String, plan: Plan) -> String? {
        let region = plan.info.region.zh
        let national = ["全国", "中国", "China"].contains(region) || plan.info.region.en == "China"
        if sentence.contains("全国"), !national, !sentence.contains(region) { return "全国" }
        if national, !sentence.contains("全国"), let local = ["全市", "全省", "全区", "本市", "本省", "我市", "我省"].first(where: sentence.contains) {
            return local
        }
        for (name, _) in TargetNaming.regions where name != region && !region.contains(name) && sentence.contains(name) {
            if !sentence.contains(region) { return name }
        }
        return nil
    }
}
