import ArgumentParser
import Foundation
import InnoCore

/// Options every command takes: which plan, which figures database, which language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A plan file to work on; registered in the database on first use.", valueName: "path"))
    var targets: String?

    @Option(name: .long, help: ArgumentHelp("The id of a plan in the database to work on (`innodash plan list`); without it, a target id is looked up in every plan, and the dashboard opens on cq-innovation-2020.", valueName: "id"))
    var plan: String?

    @Option(name: .long, help: ArgumentHelp("The figures database (default: innodash.sqlite in the working directory; created when missing).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Language: en or zh (default: from the locale).", valueName: "en|zh"))
    var lang: Language?

    /// The language asked for, else the locale's (LC_ALL, LC_MESSAGES, LANG).
    var language: Language {
        if let lang { return lang }
        let environment = ProcessInfo.processInfo.environment
        let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty }
        return Language(locale: locale)
    }
}

/// `--figures FILE.csv`, for the commands that only read the figures (the dashboard,
/// `summary`, `check`, `export`); those that change them or show their history do not offer it.
struct FiguresFileOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Assess the figures of a CSV file (region,indicator,year,value,preliminary,source,note, or target,year,... as the first release wrote them) instead of the database, without saving them; a later row for the same target and year wins.", valueName: "file.csv"))
    var figures: String?
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}
