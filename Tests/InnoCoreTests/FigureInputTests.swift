import InnoCore
import Testing

/// The one set of input rules, as the command line, CSV import and the entry grid use them.
@Suite struct FigureInputTests {
    let share = Fixture.target(unit: "%")
    let count = Target(id: "institutions", group: "g", kind: .numeric, name: LocalizedText(en: "Institutions", zh: "机构"),
                       unit: LocalizedText(en: "institutions", zh: "家"), isCount: true, goal: Goal(.atLeast, 8000), deadline: 2016, source: "s")
    let money = Target(id: "transactions", group: "g", kind: .numeric, name: LocalizedText(en: "Transactions", zh: "交易额"),
                       unit: LocalizedText(en: "100M yuan", zh: "亿元"), goal: Goal(.atLeast, 100), deadline: 2016, source: "s")
    let milestone = Fixture.target(nil, goal: nil, kind: .milestone)

    func message(_ text: String, for target: Target) -> String? {
        do {
            _ = try FigureInput.value(text, for: target)
            return nil
        } catch {
            return error.message
        }
    }

    @Test(arguments: [
        ("2.11", 2.11), ("2.11%", 2.11), (" 2.11 ", 2.11), ("2.11 %", 2.11), ("２.１１％", 2.11), ("２．１１％", 2.11),
        ("\u{3000}2.11\u{3000}", 2.11), ("\u{00A0}2.11", 2.11), (".5", 0.5), ("5.", 5), ("+2", 2), ("0", 0), ("100", 100), ("100%", 100),
    ])
    func acceptsWhatPeopleTypeForAShare(text: String, expected: Double) throws {
        #expect(try FigureInput.value(text, for: share) == expected)
    }

    @Test(arguments: [("1,234.5", 1234.5), ("１，２３４．５", 1234.5), ("12,345,678", 12_345_678), ("8000", 8000), ("4289", 4289)])
    func acceptsThousandsSeparatorsAndFullWidthDigits(text: String, expected: Double) throws {
        #expect(try FigureInput.value(text, for: count) == expected)
    }

    /// What the entry grid puts in a cell to edit and the figures CSV writes: every digit,
    /// never an exponent (Swift writes 0.00001 as `1e-05`, which the input rules refuse),
    /// read back by the input rules to the very same value.
    @Test(arguments: [0.00001, 1.2e-7, 2.11, 1234.5, 12_345_678, 999_999_999_999_999, 0.1 + 0.2, -1.5])
    func aValueWrittenAsTextReadsBackTheSame(value: Double) throws {
        let text = FigureInput.text(value, of: money)
        #expect(!text.contains("e") && !text.contains(","), "\(text)")
        #expect(try FigureInput.value(text, for: money) == value, "\(text)")
    }

    @Test func aMilestoneIsWrittenAsYesOrNoAndReadBack() throws {
        #expect(FigureInput.text(1, of: milestone) == "yes")
        #expect(FigureInput.text(0, of: milestone) == "no")
        #expect(try FigureInput.value(FigureInput.text(1, of: milestone), for: milestone) == 1)
    }

    @Test func negativeZeroIsStoredAsZero() throws {
        let value = try FigureInput.value("-0", for: share)
        #expect(value == 0 && value.sign == .plus)
    }

    @Test(arguments: ["", "   ", "\u{3000}"])
    func refusesEmptyInputSayingANumberIsExpected(text: String) {
        #expect(message(text, for: share) == "empty; type a number such as 2.11")
        #expect(message(text, for: milestone) == "empty; type yes or no")
    }

    @Test(arguments: ["abc", "2.1.1", "1e5", "0x10", "2.11%%", "--2", "两点一", "1 234", "%"])
    func refusesWhatIsNotANumber(text: String) {
        #expect(message(text, for: share)?.contains("is not a number; type digits with an optional decimal point") == true)
    }

    @Test(arguments: ["1,23", "12,34.5", ",123"])
    func refusesCommasThatDoNotGroupThousands(text: String) {
        #expect(message(text, for: count)?.contains("commas separate thousands") == true)
    }

    @Test(arguments: ["NaN", "nan", "inf", "-Infinity", "∞", "＋∞"])
    func refusesNaNAndInfinity(text: String) {
        #expect(message(text, for: share)?.contains("is not a finite number") == true)
    }

    @Test func refusesNumbersTooLargeToBeAFigure() {
        #expect(message("1,000,000,000,000,000", for: count)?.contains("too large") == true)
    }

    @Test(arguments: ["-1", "−3", "－5"])
    func refusesANegativeCount(text: String) {
        #expect(message(text, for: count)?.contains("a count cannot be below 0") == true)
    }

    @Test func refusesASharAbove100OrBelow0() {
        #expect(message("100.5", for: share) == "100.5% is not a share; expected a percentage from 0 to 100")
        #expect(message("２００％", for: share) == "200% is not a share; expected a percentage from 0 to 100")
        #expect(message("-1", for: share) == "-1% is not a share; expected a percentage from 0 to 100")
    }

    @Test func refusesAPercentSignOnATargetThatIsNotAShare() {
        #expect(message("12%", for: money) == "\"12%\" is a percentage, but this target is measured in 100M yuan; type the number alone")
    }

    @Test(arguments: [("yes", 1.0), ("YES", 1), ("y", 1), ("是", 1), ("achieved", 1), ("Achieved", 1), ("已实现", 1), ("1", 1),
                      ("no", 0), ("否", 0), ("not achieved", 0), ("0", 0), (" no ", 0)])
    func readsAMilestoneAsYesOrNo(text: String, expected: Double) throws {
        #expect(try FigureInput.value(text, for: milestone) == expected)
    }

    @Test(arguments: ["maybe", "2", "0.5", "done?"])
    func refusesAMilestoneValueOtherThanYesOrNo(text: String) {
        #expect(message(text, for: milestone) == "\"\(text)\" is not yes or no; a milestone is recorded as yes (是, achieved) or no (否)")
    }

    @Test(arguments: [("2020", 2020), (" 2020 ", 2020), ("２０２０", 2020), ("2020年", 2020), ("1900", 1900), ("2100", 2100)])
    func acceptsYearsFrom1900To2100(text: String, expected: Int) throws {
        #expect(try FigureInput.year(text) == expected)
    }

    @Test func refusesYearsOutsideTheRangeOrNotYears() {
        #expect(throws: InputError("1899 is outside the years innodash accepts; expected 1900 to 2100")) { try FigureInput.year("1899") }
        #expect(throws: InputError("2101 is outside the years innodash accepts; expected 1900 to 2100")) { try FigureInput.year("2101") }
        #expect(throws: InputError("\"20.5\" is not a year; type four digits such as 2020")) { try FigureInput.year("20.5") }
        #expect(throws: InputError("\"\" is not a year; type four digits such as 2020")) { try FigureInput.year("") }
    }

    @Test(arguments: [("yes", true), ("preliminary", true), ("初步", true), ("", false), ("no", false), ("final", false)])
    func readsThePreliminaryFlag(text: String, expected: Bool) throws {
        #expect(try FigureInput.flag(text) == expected)
    }

    @Test func refusesAPreliminaryFlagThatIsNotYesOrNo() {
        #expect(throws: InputError.self) { try FigureInput.flag("perhaps") }
    }
}

/// Target ids as people type them: exact, in another case, or mistyped.
@Suite struct TargetLookupTests {
    let plan = Plan(
        info: PlanInfo(id: "p", title: LocalizedText(en: "P", zh: "P"), region: LocalizedText(en: "R", zh: "R"), source: "s"),
        groups: [TargetGroup(id: "g", name: LocalizedText(en: "G", zh: "G"))],
        targets: ["rd_gdp", "enterprise_rd_intensity", "patents_per_10k", "invention_patents_per_10k"].map {
            Target(id: $0, group: "g", kind: .numeric, name: LocalizedText(en: $0, zh: $0), unit: LocalizedText(en: "%", zh: "%"), source: "s")
        }
    )

    @Test func findsATargetByItsIdInAnyCaseAndWidth() throws {
        #expect(try plan.lookUpTarget("rd_gdp").id == "rd_gdp")
        #expect(try plan.lookUpTarget(" RD_GDP ").id == "rd_gdp")
        #expect(try plan.lookUpTarget("ｒｄ＿ｇｄｐ").id == "rd_gdp")
    }

    @Test func suggestsTheNearestIdForAMistypedOne() {
        #expect(throws: InputError("no target has the id \"rd_gpd\"; did you mean \"rd_gdp\"?")) { try plan.lookUpTarget("rd_gpd") }
        #expect(throws: InputError("no target has the id \"patents_per_10\"; did you mean \"patents_per_10k\"?")) { try plan.lookUpTarget("patents_per_10") }
    }

    @Test func listsWhereToFindTheIdsWhenNothingIsClose() {
        #expect(throws: InputError("no target has the id \"xyzzy_quux_frobnicate_zz\"; `innodash summary --format json` lists the ids")) {
            try plan.lookUpTarget("xyzzy_quux_frobnicate_zz")
        }
        #expect(throws: InputError("empty target id; `innodash summary --format json` lists the ids")) { try plan.lookUpTarget("") }
    }
}
