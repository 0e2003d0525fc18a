// swift-tools-version:6.1
import PackageDescription

// Module graph (see README "Architecture"): Text and Model depend on nothing of
// ours; Store and Import on Text and Model; Core on Text and Model; UI on Core;
// Terminal is the only module that imports ncurses; App wires Store, Core, UI
// and Terminal into the running reader; `yuedu` is the command line.
let package = Package(
    name: "yuedu",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "yuedu", targets: ["yuedu"]),
        .executable(name: "yuedu-bench", targets: ["yuedu-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // C shims over system libraries.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "CLineBreak", linkerSettings: [.linkedLibrary("icuuc")]),
        .target(name: "COpenCC", linkerSettings: [.linkedLibrary("opencc")]),

        // Pure modules.
        .target(name: "YueduModel"),
        .target(name: "YueduText", dependencies: ["CLineBreak", "COpenCC"]),
        .target(name: "YueduCore", dependencies: ["YueduModel", "YueduText"]),
        .target(name: "YueduUI", dependencies: ["YueduCore", "YueduModel", "YueduText"]),

        // Edges that touch the world.
        .target(name: "YueduStore", dependencies: [
            "YueduModel", "YueduText", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "YueduImport", dependencies: ["YueduModel", "YueduText"]),
        .target(name: "YueduTerminal", dependencies: ["CNcursesw", "YueduUI", "YueduCore"]),
        .target(name: "YueduApp", dependencies: [
            "YueduCore", "YueduUI", "YueduStore", "YueduImport", "YueduTerminal", "YueduModel", "YueduText",
        ]),
        .executableTarget(name: "yuedu", dependencies: [
            "YueduApp", "YueduCore", "YueduStore", "YueduImport", "YueduText", "YueduModel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "yuedu-bench", dependencies: [
            "YueduStore", "YueduImport", "YueduText", "YueduModel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "YueduTextTests", dependencies: ["YueduText", "YueduModel"]),
        .testTarget(name: "YueduStoreTests", dependencies: ["YueduStore", "YueduModel"]),
        .testTarget(name: "YueduImportTests", dependencies: ["YueduImport", "YueduModel"],
                    exclude: ["Fixtures"]),  // read via #filePath, not bundled
        .testTarget(name: "YueduCoreTests", dependencies: ["YueduCore", "YueduModel"]),
        .testTarget(name: "YueduUITests", dependencies: ["YueduUI", "YueduCore", "YueduModel", "YueduText"]),
        .testTarget(name: "YueduBenchTests", dependencies: [
            "yuedu-bench", "YueduImport", "YueduModel", "YueduApp", "YueduStore",
        ]),
        .testTarget(name: "YueduAppTests", dependencies: ["YueduApp", "YueduCore", "YueduStore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["YueduText", "YueduStore", "YueduModel"]),
    ],
    swiftLanguageModes: [.v6]
)

// Fault and fuzz work (issue 7), kept apart so it reads as one addition.
// The fault tests read the library behind the store's back (integrity_check,
// raw rows, a newer schema's migration row), so they use GRDB directly.
for target in package.targets where target.name == "EndToEndTests" {
    target.dependencies.append(.product(name: "GRDB", package: "GRDB.swift"))
}
// Fuzz targets for libFuzzer (scripts/fuzz.sh, `make fuzz`); a plain build
// gives a tool that replays inputs, which a test runs over Fuzz/.
package.targets.append(.executableTarget(name: "yuedu-fuzz", dependencies: ["YueduImport", "YueduText"]))

// Web pages in (issue 13): libxml2's HTML parser behind a pure extractor.
package.targets.append(contentsOf: [
    .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0"),
    .target(name: "YueduHTML", dependencies: ["CLibXML2", "YueduModel", "YueduText"]),
    .testTarget(name: "YueduHTMLTests", dependencies: ["YueduHTML", "YueduModel", "yuedu-bench"]),
])
for target in package.targets where target.name == "yuedu-bench" {
    target.dependencies.append("YueduHTML")
}
