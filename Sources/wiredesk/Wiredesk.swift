import ArgumentParser

/// The `wiredesk` command: the daemon and the tools around its archive.
@main
struct Wiredesk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wiredesk",
        abstract: "Turns news files dropped into an inbox folder into clean, deduplicated records in SQLite.",
        subcommands: [RunCommand.self, ExtractCommand.self, ShowCommand.self]
    )
}
