// swift-tools-version:6.0
// Flowlearn: a chat-bot daemon for learning in the flow of work.
// No package dependencies: C libraries come in as system library targets.
import PackageDescription

let package = Package(
    name: "flowlearn",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "flowlearn", targets: ["flowlearn"]),
    ],
    targets: [
        // C libraries, through pkg-config, installable with apt.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "COlm",
            pkgConfig: "olm",
            providers: [.apt(["libolm-dev"])]
        ),
        // Snowball stemmers and zlib ship no pkg-config file: their module maps link them by name.
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),

        // The pure core: content, matching, conversation, scheduling, summaries. Imports no C module.
        // Optimised in debug builds too: the suite builds and calibrates dozens of lesson indexes
        // (in every `flowlearn` process it starts), which unoptimised take ~5x as long.
        .target(name: "FlowlearnCore", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),

        // Thin adapters at the edges.
        // SQLite: a small typed wrapper (connection, statements, result codes, migrations) ...
        .target(name: "FlowlearnSQLite", dependencies: ["CSQLite"]),
        // ... and Flowlearn's own schema and store on top of it.
        .target(name: "FlowlearnStore", dependencies: ["FlowlearnSQLite", "FlowlearnCore"]),
        // HTTP over libcurl, behind a protocol the chat platforms use.
        .target(name: "FlowlearnHTTP", dependencies: ["CCurl"]),
        // Snowball stemmers behind the core's `Stemmer` protocol.
        .target(name: "FlowlearnSnowball", dependencies: ["CStemmer", "FlowlearnCore"]),
        // The installed FreeDict nl<->en dictionaries (read at start, never copied), behind the
        // core's `TranslationSource` protocol.
        .target(name: "FlowlearnFreeDict", dependencies: ["CZlib", "FlowlearnCore"], swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // Matrix client-server API: the first real chat platform.
        .target(name: "FlowlearnMatrix", dependencies: ["FlowlearnCore", "FlowlearnHTTP"]),
        // Olm and Megolm (libolm) as typed Swift: accounts, sessions, group sessions, signatures.
        .target(name: "FlowlearnOlm", dependencies: ["COlm"]),
        // Matrix end-to-end encryption: devices and keys, room keys over Olm, Megolm rooms, and the
        // keys' own store (state/matrix-crypto.sqlite); plugs into the Matrix platform.
        .target(name: "FlowlearnMatrixCrypto", dependencies: ["FlowlearnMatrix", "FlowlearnOlm", "FlowlearnSQLite", "FlowlearnCore"]),

        // Wiring: CLI commands, the daemon, the shell platform.
        .target(
            name: "FlowlearnApp",
            dependencies: ["FlowlearnCore", "FlowlearnStore", "FlowlearnHTTP", "FlowlearnMatrix", "FlowlearnMatrixCrypto", "FlowlearnSnowball", "FlowlearnFreeDict"]
        ),
        .executableTarget(name: "flowlearn", dependencies: ["FlowlearnApp"]),
        // `make bench`: matching speed and memory on synthetic libraries of growing size.
        .executableTarget(name: "flowlearn-bench", dependencies: ["FlowlearnCore", "FlowlearnSnowball", "FlowlearnFreeDict"]),
        // `make bench-matrix`: the peak memory of a program with Flowlearn's runtime and C libraries
        // and nothing else, measured next to the daemon's.
        .executableTarget(name: "memory-floor", dependencies: ["CCurl", "CSQLite", "COlm"]),

        // A real Synapse and real Matrix users for the tests (not shipped: only test targets use it).
        .target(name: "MatrixTestSupport", dependencies: ["FlowlearnMatrix", "FlowlearnHTTP"], path: "Tests/MatrixTestSupport"),

        .testTarget(name: "FlowlearnCoreTests", dependencies: ["FlowlearnCore", "FlowlearnSnowball"]),
        .testTarget(name: "FlowlearnLanguageTests", dependencies: ["FlowlearnCore", "FlowlearnSnowball", "FlowlearnFreeDict"]),
        .testTarget(name: "FlowlearnSQLiteTests", dependencies: ["FlowlearnSQLite"]),
        .testTarget(name: "FlowlearnHTTPTests", dependencies: ["FlowlearnHTTP"], exclude: ["Fixtures"]),
        .testTarget(name: "FlowlearnMatrixTests", dependencies: ["FlowlearnMatrix", "FlowlearnHTTP", "FlowlearnCore", "MatrixTestSupport"]),
        .testTarget(name: "FlowlearnOlmTests", dependencies: ["FlowlearnOlm"]),
        .testTarget(name: "FlowlearnMatrixCryptoTests", dependencies: ["FlowlearnMatrixCrypto", "FlowlearnMatrix", "FlowlearnOlm", "FlowlearnSQLite", "FlowlearnCore"]),
        .testTarget(name: "FlowlearnStoreTests", dependencies: ["FlowlearnStore", "FlowlearnSQLite", "FlowlearnCore"]),
        .testTarget(
            name: "FlowlearnAppTests",
            dependencies: ["FlowlearnApp", "FlowlearnCore", "FlowlearnStore", "FlowlearnMatrix", "FlowlearnHTTP", "FlowlearnMatrixCrypto", "MatrixTestSupport", "flowlearn"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
