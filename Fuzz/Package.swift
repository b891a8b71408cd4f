// swift-tools-version: 6.0
// Fuzz targets for the parsers of what users write: plan files and typed numbers.
// Built apart from the main package because libFuzzer supplies `main`:
//   Fuzz/run.sh SECONDS        (see Fuzz/README.md)
import PackageDescription

let package = Package(
    name: "innodash-fuzz",
    dependencies: [.package(name: "innodash", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzPlanLoader", dependencies: ["FuzzSupport", .product(name: "InnoCore", package: "innodash")]),
        .executableTarget(name: "FuzzFigureInput", dependencies: ["FuzzSupport", .product(name: "InnoCore", package: "innodash")]),
    ]
)
