import Foundation
import InnoCore

/// Reads the targets of a policy text: every clause that states a quantity to reach, or a
/// milestone to achieve, by a year. The rules are in `WordingRules`, `WordedForm`,
/// `QuantityReader` and `TimePhrases`; this puts their readings together.
public enum PlanDrafter {
    /// Drafts a plan from `text`. `currentYear` stands in for the text's date when it has
    /// none (the note says so).
    /// `textYear` overrides the date found in the text.
    public static func draft(_ text: String, document: String, currentYear: Int, textYear: Int? = nil) -> PlanDraft {
        let folded = FoldedText(text)
        let chars = folded.folded
        let layout = TextLayout(chars)
        let datedYear = textYear ?? TimePhrases.textYear(in: chars)
        let phrases = TimePhrases.deadlines(in: chars, textYear: datedYear ?? currentYear)
        let horizon = phrases.filter { $0.kind == .year }.compactMap(\.year).max() ?? datedYear ?? currentYear
        var context = Context(folded: folded, layout: layout, phrases: phrases, datedYear: datedYear, currentYear: currentYear, horizon: horizon)
        var targets: [DraftTarget] = []
        for sentence in layout.sentences {
            targets += context.targets(in: sentence)
        }
        var used: Set<String> = []
        for index in targets.indices {
            targets[index].id = TargetNaming.uniqueID(for: targets[index], used: &used)
            targets[index].name.en = "TODO: " + targets[index].id.replacingOccurrences(of: "_", with: " ")
        }
        return PlanDraft(targets: targets, textYear: datedYear, horizon: horizon, region: TargetNaming.region(in: String(chars)),
                         title: TargetNaming.title(folded, layout), document: document)
    }

    struct Context {
        let folded: FoldedText
        let layout: TextLayout
        let phrases: [TimePhrase]
        let datedYear: Int?
        let currentYear: Int
        let horizon: Int
        var chars: [Character] { folded.folded }

        static let clauseBreaks: Set<Character> = ["，", ",", "：", ":", "；", ";", "。", "（", "(", "）", ")"]
        static let leadingFillers = ["、", "和", "及", "以及", "并", "同时", "，", " ", "以上", "左右", "以下"]

        /// Where the clause of a mention starts: after the last comma before it, or after
        /// the mention before it in the same list (…GDP的2%、规上企业…), without 、 or 和.
        func clauseStart(before position: Int, sentence: Range<Int>, previousEnd: Int) -> Int {
            var start = max(sentence.lowerBound, previousEnd)
            var k = position - 1
            while k >= start {
                if Self.clauseBreaks.contains(chars[k]) { start = k + 1; break }
                k -= 1
            }
            var trimmed = true
            while trimmed, start < position {
                trimmed = false
                for filler in Self.leadingFillers where QuantityReader.starts(chars, start, filler) && start + filler.count <= position {
                    start += filler.count
                    trimmed = true
                }
            }
            return start
        }

        func text(_ range: Range<Int>) -> String { folded.text(range) }

        /// The deadline of a mention at `position`: the nearest time phrase before it in its
        /// sentence; else in its paragraph; else the text's horizon.
        func deadline(at position: Int, sentence: TextLayout.Sentence) -> (Int, String?, Bool) {
            let paragraph = layout.paragraphs[sentence.paragraph]
            let earlier = phrases.filter { $0.range.upperBound <= position && paragraph.contains($0.range.lowerBound) }
            if let phrase = earlier.last, let year = phrase.year {
                let inSentence = sentence.range.contains(phrase.range.lowerBound)
                var note: String?
                if phrase.kind != .year {
                    note = datedYear == nil
                        ? "\"\(phrase.words)\" read as \(year), the current year: the text has no date; check the year"
                        : "\"\(phrase.words)\" read as \(year), the year of the text's date"
                }
                if !inSentence {
                    let because = "the sentence names no year: deadline \(year) from \"\(phrase.words)\" earlier in its paragraph"
                    note = note.map { because + "; " + $0 } ?? because
                }
                return (year, note, !inSentence)
            }
            return (horizon, "no year in the sentence or its paragraph: deadline set to the text's horizon, \(horizon)", true)
        }

        /// Whether the sentence before `position`, or its paragraph before the sentence,
        /// says the plan aims at something (力争, 到2020年, 年内…).
        func aims(before position: Int, sentence: TextLayout.Sentence) -> Bool {
            let paragraph = layout.paragraphs[sentence.paragraph]
            let before = text(paragraph.lowerBound..<position)
            if ["力争", "争取", "确保", "目标", "预期"].contains(where: before.contains) { return true }
            return phrases.contains { $0.range.upperBound <= position && paragraph.contains($0.range.lowerBound) }
        }

        mutating func targets(in sentence: TextLayout.Sentence) -> [DraftTarget] {
            let range = sentence.range
            let local = Array(chars[range])
            let quantities = QuantityReader.quantities(in: local).map { q -> Quantity in
                var q = q
                q.range = (q.range.lowerBound + range.lowerBound)..<(q.range.upperBound + range.lowerBound)
                q.numberRange = (q.numberRange.lowerBound + range.lowerBound)..<(q.numberRange.upperBound + range.lowerBound)
                return q
            }
            var found: [DraftTarget] = []
            var previousEnd = range.lowerBound
            var quantityClauses: [Range<Int>] = []
            for q in quantities {
                let start = clauseStart(before: q.numberRange.lowerBound, sentence: range, previousEnd: previousEnd)
                let before = text(start..<q.numberRange.lowerBound)
                let after = text(q.range.upperBound..<min(q.range.upperBound + 4, range.upperBound))
                previousEnd = q.range.upperBound
                guard let target = numeric(q, clause: start, before: before, after: after, sentence: sentence) else { continue }
                previousEnd = start + target.quote.count
                quantityClauses.append(start..<previousEnd)
                found.append(target)
            }
            found += milestones(in: sentence, avoiding: quantityClauses, quantities: quantities)
            return found
        }

        func numeric(_ q: Quantity, clause start: Int, before: String, after: String, sentence: TextLayout.Sentence) -> DraftTarget? {
            // Rule `achievement` and rule `limit`: reports and rules state no target.
            if WordingRules.reportsAchievement(before) || WordingRules.isRuleLimit(before) { return nil }
            let reading = WordingRules.comparator(before: before, after: after)
            guard !reading.words.isEmpty || aims(before: q.numberRange.lowerBound, sentence: sentence) else { return nil }
            var notes: [String] = []
            let form = WordedForm.reading(before: before, quantity: q)
            var comparator = reading.comparator
            if form != .level, reading.words.isEmpty {
                comparator = .atLeast
            }
            if let note = reading.note, !(form != .level && reading.words.isEmpty) { notes.append(note) }
            if let note = form.draftNote { notes.append(note) }
            let isDecrease = form != .level && WordedForm.isDecrease(before: before)
            if isDecrease {
                notes.append("a decrease: the value is the size of the fall, at least \(ExactDecimal.text(q.value))")
            }
            if q.isApproximateFloor { notes.append("\"余/多\" (more than) read as at least") }
            notes += q.remarks
            if let note = WordingRules.aspirationNote(text(sentence.range.lowerBound..<q.numberRange.lowerBound)) { notes.append(note) }
            let (deadline, deadlineNote, inferred) = deadline(at: q.numberRange.lowerBound, sentence: sentence)
            // Rule `past`: a year of its sentence before the text's own is a report (2019年，…为1.99%).
            // 到2020年 and 2020年前 are deadlines whatever the text's year.
            let sentenceHead = text(sentence.range.lowerBound..<q.numberRange.lowerBound)
            let statesDeadline = ["到\(deadline)年", "至\(deadline)年", "\(deadline)年前", "\(deadline)年底前"].contains(where: sentenceHead.contains)
            if deadline < (datedYear ?? currentYear), !inferred, !statesDeadline { return nil }
            if let deadlineNote { notes.append(deadlineNote) }
            var unit = q.unit
            // Rule `per 10,000 people`: 每万人(口) … 件, 万人…拥有量.
            if ["件", "人", "个", "家", "项"].contains(unit), before.contains("每万人") || (before.contains("万人") && before.contains("拥有量")) {
                unit += "/万人"
            }
            let afterWord = WordingRules.comparatorsAfter.first { after.hasPrefix($0.0) }?.0 ?? ""
            var end = q.range.upperBound + afterWord.count
            // Rule `object after`: 组建5家以上同行业领先的研发创新中心 names what is counted after the number.
            var objectEnd = end
            while objectEnd < sentence.range.upperBound, !Self.clauseBreaks.contains(chars[objectEnd]), chars[objectEnd] != "、" { objectEnd += 1 }
            let object = text(end..<objectEnd)
            var name = TargetNaming.name(before: before, reading: reading)
            if !object.isEmpty, object.count <= 24, !object.hasPrefix("的"), !object.hasPrefix("和") {
                name = object
                end = objectEnd
            }
            return DraftTarget(
                id: "", kind: .numeric, name: LocalizedText(en: "", zh: name),
                unit: LocalizedText(en: TargetNaming.unitEnglish(unit), zh: unit), isCount: TargetNaming.isCount(unit),
                goal: Goal(comparator, q.value), decimals: q.decimals, deadline: deadline, quote: folded.quote(start..<end),
                written: folded.quote(q.range), form: form, isDecrease: isDecrease, notes: notes, deadlineInferred: inferred
            )
        }

        static let milestoneVerbs = ["建设成为", "打造成为", "建成", "升级为", "创建", "获批", "打造成"]
        static let milestoneObjects = ["区", "城市", "基地", "中心", "园", "高地", "枢纽", "平台", "城"]

        /// Rule `milestone`: 建成/升级为/创建 … a zone, a centre, a city: achieved or not.
        func milestones(in sentence: TextLayout.Sentence, avoiding taken: [Range<Int>], quantities: [Quantity]) -> [DraftTarget] {
            var found: [DraftTarget] = []
            var position = sentence.range.lowerBound
            var previousEnd = sentence.range.lowerBound
            while position < sentence.range.upperBound {
                guard let verb = Self.milestoneVerbs.first(where: { QuantityReader.starts(chars, position, $0) }) else { position += 1; continue }
                let objectStart = position + verb.count
                var objectEnd = objectStart
                while objectEnd < sentence.range.upperBound, !Self.clauseBreaks.contains(chars[objectEnd]), chars[objectEnd] != "、" { objectEnd += 1 }
                var object = text(objectStart..<objectEnd)
                for tail in ["的目标任务", "的目标", "的任务"] where object.hasSuffix(tail) {
                    object.removeLast(tail.count)
                    objectEnd -= tail.count
                }
                if let index = object.range(of: "的目标") {
                    objectEnd = objectStart + object.distance(from: object.startIndex, to: index.lowerBound)
                    object = String(object[..<index.lowerBound])
                }
                let earlierEnds = taken.map(\.upperBound) + quantities.map(\.range.upperBound)
                let start = clauseStart(before: position, sentence: sentence.range,
                                        previousEnd: max(previousEnd, earlierEnds.filter { $0 <= position }.max() ?? previousEnd))
                defer { position = objectEnd; previousEnd = objectEnd }
                let clause = start..<objectEnd
                guard !object.isEmpty, Self.milestoneObjects.contains(where: object.hasSuffix),
                      !taken.contains(where: { $0.overlaps(clause) }),
                      !quantities.contains(where: { clause.contains($0.numberRange.lowerBound) }),
                      !WordingRules.reportsAchievement(text(start..<position)),
                      aims(before: position, sentence: sentence) else { continue }
                var notes: [String] = []
                if let note = WordingRules.aspirationNote(text(sentence.range.lowerBound..<position)) { notes.append(note) }
                let (deadline, deadlineNote, inferred) = deadline(at: position, sentence: sentence)
                if let deadlineNote { notes.append(deadlineNote) }
                let subject = TargetNaming.strip(text(start..<position))
                let name = subject.count <= 8 ? subject + verb + object : verb + object
                found.append(DraftTarget(
                    id: "", kind: .milestone, name: LocalizedText(en: "", zh: name), unit: nil, isCount: false, goal: nil, decimals: 0,
                    deadline: deadline, quote: folded.quote(clause), written: "", form: .level, notes: notes, deadlineInferred: inferred
                ))
            }
            return found
        }
    }
}
