import ArgumentParser
import Configuration
import Foundation
import Logging
import SystemPackage
import WiredeskArchive
import WiredeskCore
import WiredeskDaemon

/// Resolves the daemon's settings from, in increasing precedence: built-in defaults, the JSON configuration file,
/// `WIREDESK_*` environment variables, and command-line flags.
struct SettingsLoader {
    static let defaultConfigPath = "config/wiredesk.json"

    var configPath: String?
    var environment: [String: String] = ProcessInfo.processInfo.environment

    struct Loaded {
        var settings: DaemonSettings
        var logLevel: Logger.Level
    }

    func load(inbox: String?, archive: String?) async throws -> Loaded {
        var providers: [any ConfigProvider] = [
            EnvironmentVariablesProvider(environmentVariables: environment).prefixKeys(with: "wiredesk")
        ]
        let path = configPath ?? environment["WIREDESK_CONFIG"] ?? Self.defaultConfigPath
        do {
            providers.append(
                try await FileProvider<JSONSnapshot>(filePath: FilePath(path), allowMissing: configPath == nil)
            )
        } catch {
            throw ValidationError("cannot read the configuration file \(path): \(error)")
        }
        let reader = SettingsReader(providers: providers)
        let defaults = DaemonSettings()
        let configuredInbox = try reader.string("inbox")
        let configuredArchive = try reader.string("archive")
        var settings = DaemonSettings(
            inbox: inbox ?? configuredInbox ?? defaults.inbox,
            archive: archive ?? configuredArchive ?? defaults.archive,
            settleMilliseconds: try reader.int("settle.milliseconds", minimum: 0) ?? defaults.settleMilliseconds,
            maxFileBytes: try reader.int("maxFileBytes", minimum: 1) ?? defaults.maxFileBytes,
            rescanSeconds: try reader.int("rescan.seconds", minimum: 1) ?? defaults.rescanSeconds,
            pollMilliseconds: try reader.int("poll.milliseconds", minimum: 10) ?? defaults.pollMilliseconds,
            batchSize: try reader.int("batch.size", minimum: 1) ?? defaults.batchSize,
            budgetSeconds: try reader.double("budget.seconds", within: 0.01...86_400) ?? defaults.budgetSeconds
        )
        let policy = settings.nearDuplicates
        settings.nearDuplicates = NearDuplicatePolicy(
            enabled: try reader.bool("nearDuplicates.enabled") ?? policy.enabled,
            threshold: try reader.double("nearDuplicates.threshold", within: 0...1) ?? policy.threshold,
            shingleSize: try reader.int("nearDuplicates.shingleSize", minimum: 1) ?? policy.shingleSize,
            windowDays: try reader.int("nearDuplicates.windowDays", minimum: 0) ?? policy.windowDays,
            numberAgreement: try reader.double("nearDuplicates.numberAgreement", within: 0...1)
                ?? policy.numberAgreement
        )
        if let mode = try reader.string("watch") {
            guard let watchMode = DaemonSettings.WatchMode(rawValue: mode) else {
                let choices = DaemonSettings.WatchMode.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("configuration watch: \(mode) is not one of \(choices)")
            }
            settings.watchMode = watchMode
        }
        if let patterns = try reader.strings("ignore") {
            settings.ignoreRules = IgnoreRules(patterns: patterns)
        }
        if let entries = try reader.strings("feedAgencies") {
            do {
                settings.feedAgencies = try FeedAgencies(entries: entries)
            } catch {
                throw ValidationError("configuration feedAgencies: \(error)")
            }
        }
        let levelName = try reader.string("log.level") ?? "info"
        guard let level = Logger.Level(rawValue: levelName.lowercased()) else {
            throw ValidationError(
                "log.level \(levelName) is not one of trace, debug, info, notice, warning, error, critical")
        }
        return Loaded(settings: settings, logLevel: level)
    }

}

/// Reads typed values from configuration providers in precedence order.
///
/// ConfigReader's non-throwing accessors quietly fall back to the default on an unparsable value; asking the
/// providers directly tells a missing key (the next provider or the default applies) from a bad value, which is
/// reported with the key that holds it.
struct SettingsReader {
    var providers: [any ConfigProvider]

    func int(_ key: String, minimum: Int) throws -> Int? {
        guard case .int(let value)? = try lookup(key, as: .int) else { return nil }
        guard value >= minimum else { throw ValidationError("configuration \(key): \(value) is below \(minimum)") }
        return value
    }

    func double(_ key: String, within range: ClosedRange<Double>) throws -> Double? {
        let value: Double
        switch try lookup(key, as: .double) {
        case .double(let number)?: value = number
        case .int(let number)?: value = Double(number)
        default: return nil
        }
        guard range.contains(value) else { throw ValidationError("configuration \(key): \(value) is outside \(range)") }
        return value
    }

    func bool(_ key: String) throws -> Bool? {
        guard case .bool(let value)? = try lookup(key, as: .bool) else { return nil }
        return value
    }

    func string(_ key: String) throws -> String? {
        guard case .string(let value)? = try lookup(key, as: .string) else { return nil }
        return value
    }

    func strings(_ key: String) throws -> [String]? {
        guard case .stringArray(let value)? = try lookup(key, as: .stringArray) else { return nil }
        return value
    }

    private func lookup(_ key: String, as type: ConfigType) throws -> ConfigContent? {
        let absoluteKey = AbsoluteConfigKey(ConfigKey(key))
        for provider in providers {
            do {
                if let value = try provider.value(forKey: absoluteKey, type: type).value { return value.content }
            } catch {
                throw ValidationError("configuration \(key) in \(provider.providerName): \(error)")
            }
        }
        return nil
    }
}
