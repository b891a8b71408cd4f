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
