// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "auditsim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "auditsim", targets: ["auditsim"]),
        .library(name: "AuditSimCore", targets: ["AuditSimCore"]),
        .library(name: "AuditSimREPL", targets: ["AuditSimREPL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        .target(
            name: "AuditSimCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "AuditSimREPL",
            dependencies: ["AuditSimCore", "CReadline"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "auditsim",
            dependencies: [
                "AuditSimCore",
                "AuditSimREPL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AuditSimCoreTests",
            dependencies: ["AuditSimCore"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AuditSimREPLTests",
            dependencies: ["AuditSimREPL"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AuditSimCLITests",
            dependencies: ["auditsim"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
