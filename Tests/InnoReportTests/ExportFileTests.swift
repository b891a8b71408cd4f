import Foundation
import InnoCore
import InnoReport
import Testing

@Suite struct ExportFileTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("innodash-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func writingReplacesTheFileWholeAndLeavesNoTemporaryFile() throws {
        let path = folder + "/summary.svg"
        try ExportFile.write("old", to: path)
        try ExportFile.write("new text", to: path)
        #expect(contents(path) == "new text")
        #expect(try files() == ["summary.svg"])
    }

    /// Why a write was refused, or nil when it was not.
    func refusal(_ write: () throws(ExportFileError) -> Void) -> String? {
        do {
            try write()
            return nil
        } catch {
            return error.description
        }
    }

    @Test func anExistingFileIsKeptUnlessReplacingIsAsked() throws {
        let path = folder + "/out.csv"
        try ExportFile.write("new", to: path, replacing: false)
        #expect(refusal { () throws(ExportFileError) in try ExportFile.write("newer", to: path, replacing: false) } == "cannot write \(path): " + "the file exists; add --force to replace it, or choose another name")
        #expect(contents(path) == "new")
        #expect(try files() == ["out.csv"])
    }

    @Test func aKeptFileAndAnySQLiteDatabaseAreNeverReplaced() throws {
        let plan = folder + "/plan.json"
        try ExportFile.write("{}", to: plan)
        let link = folder + "/also-plan.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: plan)
        let kept = [ExportFile.KeptFile(path: plan, what: "the plan file in use")]
        #expect(refusal { () throws(ExportFileError) in try ExportFile.write("x", to: link, replacing: true, kept: kept) } == "cannot write \(link): " + "it is the plan file in use; innodash never writes over it. Choose another file name")
        // Known by its header, whatever its name; a file that merely starts alike is not one.
        let database = folder + "/notes.txt"
        try Data("SQLite format 3\u{0}".utf8 + [0x10, 0x00]).write(to: URL(fileURLWithPath: database))
        #expect(refusal { () throws(ExportFileError) in try ExportFile.write("x", to: database, replacing: true) } == "cannot write \(database): " + "it is an SQLite database; innodash never writes over one. Choose another file name")
        let alike = folder + "/alike.txt"
        try ExportFile.write("SQLite format 3", to: alike)
        try ExportFile.write("replaced", to: alike, replacing: true)
        #expect(contents(alike) == "replaced")
        #expect(contents(plan) == "{}")
        #expect(try files() == ["alike.txt", "also-plan.json", "notes.txt", "plan.json"])
    }

    @Test func aMissingFolderIsRefusedWithWhatToDo() throws {
        let path = folder + "/missing/summary.svg"
        #expect {
            try ExportFile.write("x", to: path)
        } throws: { error in
            "\(error)" == "cannot write \(path): the folder \(folder)/missing does not exist; create it first or choose another path"
        }
        #expect(try files().isEmpty)
    }

    @Test func aFolderIsNotTakenForAFile() throws {
        #expect {
            try ExportFile.write("x", to: folder)
        } throws: { error in
            "\(error)".contains("it is a folder; give a file name")
        }
    }

    @Test func newExportsNeverReplaceAnEarlierOne() throws {
        let base = ExportFile.summaryBaseName(asOf: 2020, language: .en)
        #expect(base == "innodash-summary-2020-en")
        let first = try ExportFile.writeNew("one", folder: folder, baseName: base, extension: "svg")
        let second = try ExportFile.writeNew("two", folder: folder, baseName: base, extension: "svg")
        let third = try ExportFile.writeNew("three", folder: folder, baseName: base, extension: "svg")
        #expect(first == folder + "/innodash-summary-2020-en.svg")
        #expect(second == folder + "/innodash-summary-2020-en-2.svg")
        #expect(third == folder + "/innodash-summary-2020-en-3.svg")
        #expect(contents(first) == "one" && contents(second) == "two" && contents(third) == "three")
        #expect(try files().count == 3)
    }

    @Test(.enabled(if: getuid() != 0, "root writes to read-only folders"))
    func aFolderThatCannotBeWrittenIsRefusedAndNothingIsLeft() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        #expect {
            try ExportFile.write("x", to: folder + "/summary.svg")
        } throws: { error in
            "\(error)".contains("permission denied")
        }
        #expect(try files().isEmpty)
    }
}
