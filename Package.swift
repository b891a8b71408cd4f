// swift-tools-version: 6.0
// Swift 6 language mode: strict concurrency checking is on for every target.
import PackageDescription

let package = Package(
    name: "innodash",
    products: [
        .executable(name: "innodash", targets: ["innodash"]),
        // The engine as a library, for the fuzz targets in Fuzz/.
        .library(name: "InnoCore", targets: ["InnoCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // The plan model, its loader and validation, figures, input rules and the
        // assessment engine. Foundation only: no terminal, no database.
        .target(name: "InnoCore"),

        // Figures on disk: CSV files of published figures, and the SQLite store with its
        // revision log.
        .target(
            name: "InnoStore",
            dependencies: [
                "InnoCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for binding the values of a large import directly.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),

        // Display width of a character, from the same libc `wcwidth` that ncurses uses.
        .target(name: "CWidth"),

        // The pure interface: a grid of cells that views draw into, display width, and the
        // screens. No terminal I/O: the executable's backend puts the grid on the terminal.
        .target(name: "InnoUI", dependencies: ["InnoCore", "CWidth"]),

        // Summaries and exports: the summary grid as text, ANSI, SVG and HTML; the assessment
        // as Markdown, CSV and JSON.
        .target(name: "InnoReport", dependencies: ["InnoCore", "InnoUI"]),

        // ncursesw for the dashboard's terminal backend: wrappers for what Swift cannot
        // import (macros, globals), and the signal handling that must be C.
        .target(name: "CNcurses", linkerSettings: [.linkedLibrary("ncursesw")]),

        .executableTarget(
            name: "innodash",
            dependencies: [
                "InnoCore", "InnoStore", "InnoUI", "InnoReport", "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Resources/targets.json"), .copy("Resources/chongqing-published.csv")]
        ),

        // The benchmark (`Benchmarks/run.sh`, see BENCHMARKS.md): no test depends on it.
        .executableTarget(
            name: "innodash-bench",
            dependencies: [
                "InnoCore", "InnoStore", "InnoUI", "CBenchTerminal", "InnoTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Pseudo-terminals and posix_spawn's GNU extensions, for the benchmark's terminal harness.
        .target(name: "CBenchTerminal"),
        // What the benchmark and the tests share: a seeded random number generator, and the
        // small file systems of the full- and read-only-disk tests.
        .target(name: "InnoTestSupport"),

        .testTarget(name: "InnoCoreTests", dependencies: ["InnoCore"]),
        .testTarget(
            name: "InnoStoreTests",
            dependencies: ["InnoStore", "InnoTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "InnoUITests", dependencies: ["InnoUI", "InnoStore"]),
        .testTarget(
            name: "InnoReportTests",
            dependencies: ["InnoReport", "InnoStore", "InnoUI", "InnoCore"],
            exclude: ["Golden"]
        ),

        // A second process that records figures, for the test of writers at the same moment.
        .executableTarget(name: "StoreWriter", dependencies: ["InnoCore", "InnoStore"], path: "Tests/StoreWriter"),
        // Tests that drive the built innodash binary (and StoreWriter) as a user or script would.
        .testTarget(
            name: "CommandLineTests",
            dependencies: ["innodash", "StoreWriter", "InnoUI", "InnoTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The real binary in tmux: start, keys, resize, colour, signals, idle CPU, hostile
        // text, the store under it, two dashboards (GRDB to check the database after).
        .testTarget(
            name: "DashboardTerminalTests",
            dependencies: ["innodash", "InnoUI", "InnoTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
