import ArgumentParser
import Foundation
import WiredeskArchive
import WiredeskDaemon

/// `wiredesk show`: an article and the cluster of its near-duplicates.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "List an article's cluster: the first article of the story and every repeat, with their files."
    )

    @Option(help: "Configuration file (default: config/wiredesk.json when it exists).")
    var config: String?

    @Option(help: "Archive folder.")
    var archive: String?

    @Argument(help: "An article id (articles.id).")
    var id: Int64

    func run() async throws {
        let settings = try await SettingsLoader(configPath: config).load(inbox: nil, archive: archive).settings
        let members = try ArchiveReader(folder: settings.archive).cluster(of: id)
        guard !members.isEmpty else { throw ValidationError("no article \(id) in \(settings.archive)") }
        for member in members {
            let role =
                member.duplicateOf == nil
                ? "first"
                : "repeat, similarity \(String(format: "%.2f", member.similarity ?? 0))"
            let marker = member.id == id ? "*" : " "
            print(
                "\(marker) \(member.id)  \(role)  \(member.published ?? "-")  \(member.agency ?? "-")  \(member.title ?? "(no title)")"
            )
            for file in member.files {
                print("      \(file.status)  \(file.receivedAt)  \(file.name)")
            }
        }
    }
}
