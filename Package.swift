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
        // The team database: a PostgreSQL server (`--db postgres://…`).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        // postgres-nio's own dependencies, named for the event loop and TLS settings it takes.
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
        // SHA-256, to know a plan file read before by its bytes (already built for postgres-nio).
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
    ],
    targets: [
        // The plan model, its loader and validation, figures, input rules and the
        // assessment engine. Foundation only: no terminal, no database.
        .target(name: "InnoCore", dependencies: ["CPrintf"]),
        // C's printf for numbers, which Swift cannot call directly (it is variadic).
        .target(name: "CPrintf"),

        // Reading the texts analysts work from: policy texts into draft plans, bulletins
        // into proposed figures. Pure: text in, readings out (no file I/O, no terminal).
        .target(name: "InnoText", dependencies: ["InnoCore"]),

        // Figures on disk: CSV files of published figures, and the SQLite store with its
        // revision log.
        .target(
            name: "InnoStore",
            dependencies: [
                "InnoCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for binding the values of a large import directly.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // Figures on a PostgreSQL server, for a team: the same schema, revision log and undo
        // as the SQLite store, with the author of each change and LISTEN/NOTIFY.
        .target(
            name: "InnoPostgres",
            dependencies: [
                "InnoCore", "InnoStore", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"), .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // Display width of a character, from the same libc `wcwidth` that ncurses uses.
        .target(name: "CWidth"),

        // The drawing layer: a grid of cells with styles that views draw into, the palette and
        // glyphs, display width, text wrap, the formatting of figures, and the summary view.
        // No terminal I/O; the dashboard and the exports both draw with it.
        .target(name: "InnoDraw", dependencies: ["InnoCore", "CWidth"]),

        // The dashboard, pure: its state, `update` and screens. No terminal I/O: the
        // executable's backend puts the grid on the terminal.
        .target(name: "InnoUI", dependencies: ["InnoCore", "InnoDraw"]),

        // Summaries and exports: the summary grid as text, ANSI, SVG and HTML; the assessment
        // as Markdown, CSV and JSON. They depend on the drawing layer, not on the dashboard.
        .target(name: "InnoReport", dependencies: ["InnoCore", "InnoDraw"]),

        // The dashboard's effects performed against the figure store and the file system:
        // the one runner that the terminal loop and the tests use.
        .target(name: "InnoDashboard", dependencies: ["InnoCore", "InnoDraw", "InnoUI", "InnoReport"]),

        // ncursesw for the dashboard's terminal backend: wrappers for what Swift cannot
        // import (macros, globals), and the signal handling that must be C.
        .target(name: "CNcurses", linkerSettings: [.linkedLibrary("ncursesw")]),

        .executableTarget(
            name: "innodash",
            dependencies: [
                "InnoCore", "InnoText", "InnoStore", "InnoPostgres", "InnoDraw", "InnoUI", "InnoReport", "InnoDashboard", "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Embedded in the program's code, so that the one file is the whole program.
            resources: [
                .embedInCode("Resources/targets.json"), .embedInCode("Resources/chongqing-published.csv"),
                .embedInCode("Resources/china-14th.json"), .embedInCode("Resources/china-national-14th.csv"),
                .embedInCode("Resources/cq-14th-st.json"),
            ]
        ),

        // The benchmark (`Benchmarks/run.sh`, see BENCHMARKS.md): no test depends on it.
        .executableTarget(
            name: "innodash-bench",
            dependencies: [
                "InnoCore", "InnoStore", "InnoDraw", "InnoUI", "CBenchTerminal", "InnoTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The bare ncurses floor the benchmark measures innodash's first frame against.
        .executableTarget(name: "ncurses-floor", linkerSettings: [.linkedLibrary("ncursesw")]),
        // Pseudo-terminals and posix_spawn's GNU extensions, for the benchmark's terminal harness.
        .target(name: "CBenchTerminal"),
        // What the benchmark and the tests share: a seeded random number generator, the
        // small file systems of the full- and read-only-disk tests, and golden files.
        .target(name: "InnoTestSupport"),

        .testTarget(name: "InnoCoreTests", dependencies: ["InnoCore", "InnoTestSupport"]),
        // The corpus of policy and bulletin sentences: precision and recall of the readings.
        .testTarget(name: "InnoTextTests", dependencies: ["InnoText", "InnoCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "InnoStoreTests",
            dependencies: ["InnoStore", "InnoTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // One suite of store behaviours run against every store: in memory, SQLite and
        // PostgreSQL (INNODASH_TEST_POSTGRES names a server; without it those cases are skipped).
        .testTarget(
            name: "StoreContractTests",
            dependencies: ["InnoCore", "InnoStore", "InnoPostgres", "InnoTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "InnoUITests", dependencies: ["InnoDraw", "InnoUI", "InnoDashboard", "InnoStore", "InnoTestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "InnoReportTests",
            dependencies: ["InnoReport", "InnoStore", "InnoDraw", "InnoCore", "InnoTestSupport"],
            exclude: ["Golden"]
        ),

        // A second process that records figures, for the test of writers at the same moment.
        .executableTarget(name: "StoreWriter", dependencies: ["InnoCore", "InnoStore", "InnoPostgres"], path: "Tests/StoreWriter"),
        // Tests that drive the built innodash binary (and StoreWriter) as a user or script would.
        .testTarget(
            name: "CommandLineTests",
            dependencies: ["innodash", "StoreWriter", "InnoDraw", "InnoTestSupport", "InnoPostgres", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The real binary in tmux: start, keys, resize, colour, signals, idle CPU, hostile
        // text, the store under it, two dashboards (GRDB to check the database after).
        .testTarget(
            name: "DashboardTerminalTests",
            dependencies: ["innodash", "InnoDraw", "InnoTestSupport", "InnoPostgres", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
