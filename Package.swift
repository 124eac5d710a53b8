// swift-tools-version: 6.2
import PackageDescription

let upcomingFeatures: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "wiredesk",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "wiredesk", targets: ["wiredesk"]),
        .library(name: "WiredeskCore", targets: ["WiredeskCore"]),
        .library(name: "WiredeskArchive", targets: ["WiredeskArchive"]),
        .library(name: "WiredeskDaemon", targets: ["WiredeskDaemon"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "WiredeskText",
            swiftSettings: upcomingFeatures
        ),
        .target(
            name: "WiredeskCore",
            dependencies: [
                "WiredeskText",
                "CLibXML2",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: upcomingFeatures
        ),
        .systemLibrary(name: "CSystemShims"),
        .target(
            name: "WiredeskSystem",
            dependencies: ["CSystemShims"],
            swiftSettings: upcomingFeatures
        ),
        .target(
            name: "WiredeskArchive",
            dependencies: [
                "WiredeskCore",
                "WiredeskText",
                "WiredeskSystem",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: upcomingFeatures
        ),
        .target(
            name: "WiredeskDaemon",
            dependencies: [
                "WiredeskCore",
                "WiredeskSystem",
                "WiredeskArchive",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: upcomingFeatures
        ),
        .executableTarget(
            name: "wiredesk",
            dependencies: [
                "WiredeskCore",
                "WiredeskSystem",
                "WiredeskArchive",
                "WiredeskDaemon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Configuration", package: "swift-configuration"),
            ],
            swiftSettings: upcomingFeatures
        ),
        .target(
            name: "BenchmarkSupport",
            path: "Benchmarks/BenchmarkSupport",
            swiftSettings: upcomingFeatures
        ),
        .executableTarget(
            name: "wiredesk-bench-extract",
            dependencies: ["WiredeskCore", "BenchmarkSupport"],
            path: "Benchmarks/ExtractBenchmark",
            swiftSettings: upcomingFeatures
        ),
        .executableTarget(
            name: "wiredesk-bench-archive",
            dependencies: ["WiredeskCore", "WiredeskArchive", "BenchmarkSupport"],
            path: "Benchmarks/ArchiveBenchmark",
            swiftSettings: upcomingFeatures
        ),
        .target(
            name: "WiredeskTestSupport",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/WiredeskTestSupport",
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "WiredeskCoreTests",
            dependencies: ["WiredeskCore", "WiredeskText", "WiredeskTestSupport", "BenchmarkSupport"],
            resources: [.copy("Fixtures/fuzz-regressions")],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "WiredeskSystemTests",
            dependencies: ["WiredeskSystem", "WiredeskTestSupport"],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "WiredeskTextTests",
            dependencies: ["WiredeskText"],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "WiredeskArchiveTests",
            dependencies: [
                "WiredeskCore", "WiredeskArchive", "WiredeskSystem", "WiredeskTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "WiredeskDaemonTests",
            dependencies: [
                "WiredeskCore", "WiredeskArchive", "WiredeskDaemon", "WiredeskSystem", "WiredeskTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: upcomingFeatures
        ),
    ]
)
