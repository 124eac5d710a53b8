import Foundation
import WiredeskText

/// The news agencies and broadcasters wiredesk recognises, each with the spellings wire copy uses for it.
///
/// It is the one alias table behind every agency and cited-source decision: a dateline's `(Xinhua)`, a lead's
/// `RNA -`, a `Reuter` sign-off, a copyright line and a "Press TV reported" in the text all resolve through it to the
/// canonical short name stored in `articles.agency` and `article_sources.name`.
public enum AgencyCatalog {
    /// Canonical name, then the spellings that mean it. Looking a name up ignores case except for acronyms of four
    /// letters or fewer (so `AP` never matches the word "ap"); searching running text matches the spellings as
    /// written, since several names are also common words in some language ("mehr", "antara", "rasa").
    static let entries: [(canonical: String, aliases: [String])] = [
        (
            "Xinhua",
            [
                "Xinhua", "Xinhua News Agency", "Xinhua news agency", "Xinhuanet", "Xinhua English", "XINHUA", "新华社",
                "新华网",
            ]
        ),
        // Its datelines write 中新网 (its site) or 中新社.
        ("China News Service", ["China News Service", "CNS", "Chinanews", "中新社", "中新网", "中国新闻网", "中國新聞網"]),
        ("Reuters", ["Reuters", "Reuter", "REUTERS", "REUTER", "Thomson Reuters"]),
        ("AP", ["AP", "Associated Press", "The Associated Press", "AP News"]),
        ("AFP", ["AFP", "Agence France-Presse", "Agence France Presse", "France-Presse", "France Presse"]),
        ("IRNA", ["IRNA", "Islamic Republic News Agency", "ایرنا", "إرنا"]),
        ("RNA", ["RNA", "Rasa News Agency", "Rasa"]),
        ("TASS", ["TASS", "Tass", "ITAR-TASS", "Itar-Tass", "ТАСС", "ИТАР-ТАСС"]),
        ("Yonhap", ["Yonhap", "Yonhap News Agency", "YONHAP", "연합뉴스"]),
        ("UPI", ["UPI", "United Press International"]),
        ("dpa", ["dpa", "DPA", "Deutsche Presse-Agentur"]),
        ("Kyodo", ["Kyodo", "Kyodo News", "KYODO", "共同通信", "共同"]),
        ("ANSA", ["ANSA", "Agenzia Nazionale Stampa Associata"]),
        ("EFE", ["EFE", "Agencia EFE"]),
        // PTI's Hindi service signs its datelines `(भाषा)`, "Bhasha".
        ("PTI", ["PTI", "Press Trust of India", "PTI-Bhasha", "Bhasha", "पीटीआई", "भाषा"]),
        ("Anadolu", ["Anadolu", "Anadolu Agency", "Anadolu Ajansi", "Anadolu Ajansı", "AA"]),
        ("Tasnim", ["Tasnim", "Tasnim News Agency"]),
        ("Fars", ["Fars", "Fars News Agency", "FNA"]),
        ("Mehr", ["Mehr", "Mehr News Agency", "MNA"]),
        ("ISNA", ["ISNA", "Iranian Students News Agency", "Iranian Students' News Agency"]),
        ("ABNA", ["ABNA", "AhlulBayt News Agency"]),
        ("Press TV", ["Press TV", "PressTV", "PRESS TV"]),
        ("IRIB", ["IRIB", "Islamic Republic of Iran Broadcasting"]),
        ("Al Jazeera", ["Al Jazeera", "Al-Jazeera", "Aljazeera"]),
        ("Al Arabiya", ["Al Arabiya", "Al-Arabiya"]),
        ("Al Mayadeen", ["Al Mayadeen", "Al-Mayadeen"]),
        ("Al Manar", ["Al Manar", "Al-Manar"]),
        ("SANA", ["SANA", "Syrian Arab News Agency"]),
        ("WAM", ["WAM", "Emirates News Agency", "وام"]),
        ("SPA", ["SPA", "Saudi Press Agency", "واس"]),
        ("KUNA", ["KUNA", "Kuwait News Agency", "كونا"]),
        ("QNA", ["QNA", "Qatar News Agency", "قنا"]),
        ("MENA", ["MENA", "Middle East News Agency", "أ ش أ", "أ.ش.أ"]),
        ("BBC", ["BBC", "BBC News", "British Broadcasting Corporation"]),
        ("CNN", ["CNN"]),
        ("Bernama", ["Bernama", "BERNAMA"]),
        ("Antara", ["Antara", "ANTARA"]),
        ("KCNA", ["KCNA", "Korean Central News Agency"]),
        ("Sputnik", ["Sputnik", "Sputnik News"]),
        ("RIA Novosti", ["RIA Novosti", "RIA", "RIA-Novosti", "РИА Новости"]),
        ("Interfax", ["Interfax", "INTERFAX", "INTERFAX.RU", "Interfax.ru", "Интерфакс"]),
        ("RT", ["RT", "Russia Today"]),
        ("CNA", ["CNA", "Central News Agency"]),
        ("Jiji", ["Jiji", "Jiji Press", "時事通信", "時事"]),
        ("NHK", ["NHK"]),
        ("APA", ["APA", "Austria Presse Agentur"]),
        ("Belga", ["Belga"]),
        ("ANP", ["ANP"]),
        ("PAP", ["PAP", "Polish Press Agency"]),
        ("CTK", ["CTK", "ČTK"]),
        ("MTI", ["MTI"]),
        ("Ukrinform", ["Ukrinform"]),
        ("APS", ["APS", "Algerie Presse Service", "Algérie Presse Service"]),
        ("MAP", ["MAP", "Maghreb Arabe Presse"]),
        ("PNA", ["PNA", "Philippine News Agency"]),
        ("VNA", ["VNA", "Vietnam News Agency", "TTXVN", "Thông tấn xã Việt Nam"]),
        ("Lusa", ["Lusa", "Agência Lusa", "LUSA"]),
        ("AAP", ["AAP", "Australian Associated Press"]),
        ("CP", ["The Canadian Press", "Canadian Press"]),
        ("IANS", ["IANS", "Indo-Asian News Service", "आईएएनएस"]),
        ("ANI", ["ANI", "Asian News International"]),
        ("APP", ["APP", "Associated Press of Pakistan"]),
        ("Bloomberg", ["Bloomberg", "Bloomberg News"]),
        ("CGTN", ["CGTN"]),
        ("China Daily", ["China Daily"]),
        ("Global Times", ["Global Times"]),
        ("Trend", ["Trend News Agency"]),
        ("Shafaqna", ["Shafaqna"]),
    ]

    /// The language an agency writes its datelines' places in, where its casing rules differ from the common ones
    /// (`KIRIKKALE` → `Kırıkkale` in Turkish): agencies writing in another language follow the common rules.
    static let datelineLanguages: [String: String] = ["Anadolu": "tr"]

    static func datelineLanguage(_ canonical: String) -> String? { datelineLanguages[canonical] }

    /// Canonical name for each alias; keys are case-folded except short acronyms, which keep their case.
    private static let canonicalByAlias: [String: String] = {
        var table: [String: String] = [:]
        for (canonical, aliases) in entries {
            for alias in aliases + [canonical] {
                table[lookupKey(alias)] = canonical
            }
        }
        return table
    }()

    private static func isCaseSensitive(_ alias: String) -> Bool {
        alias.count <= 4 && alias.allSatisfy { $0.isUppercase || $0 == "-" }
    }

    private static func lookupKey(_ alias: String) -> String {
        let collapsed = alias.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return isCaseSensitive(collapsed) ? collapsed : collapsed.lowercased()
    }

    private static let marksAroundName = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)

    /// `name` without whitespace and punctuation at either end; ASCII ends are decided on bytes.
    private static func trimmingMarks(_ name: String) -> String {
        func isMark(_ scalar: Unicode.Scalar) -> Bool {
            guard scalar.isASCII else { return marksAroundName.contains(scalar) }
            let byte = UInt8(scalar.value)
            return TextBytes.isSpace(byte) || asciiPunctuation.contains(byte)
        }
        let scalars = name.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isMark($0) }),
            let last = scalars.lastIndex(where: { !isMark($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The ASCII characters in Unicode's punctuation categories (symbols such as `$`, `+` and `|` are not).
    private static let asciiPunctuation: Set<UInt8> = Set("!\"#%&'()*,-./:;?@[\\]_{}".utf8)

    /// The canonical name of `name` (`"Xinhua News Agency"` → `"Xinhua"`), or `nil` when it is not a known agency.
    public static func canonicalName(_ name: String) -> String? {
        // Most names arrive as written in a dateline or sign-off (`AFP`, `Xinhua`): a plain ASCII name is looked up
        // as it is and lower-cased before the general path trims, folds and collapses it.
        if let exact = canonicalByAlias[name] { return exact }
        if isPlainName(name) {
            // What the general path below would try for a name it leaves as it is: the name lower-cased, and an
            // acronym written in another case (`Tass`).
            if let found = canonicalByAlias[name.lowercased()] { return found }
            guard name.utf8.count > 2, let first = name.utf8.first, (0x41...0x5A).contains(first) else { return nil }
            return canonicalByAlias[name.uppercased()]
        }
        var trimmed = trimmingMarks(name)
        if trimmed.lowercased().hasPrefix("the ") { trimmed.removeFirst(4) }
        if let exact = canonicalByAlias[trimmed] { return exact }
        let key = lookupKey(trimmed)
        if let found = canonicalByAlias[key] { return found }
        // An acronym written in a different case ("Dpa", "Tass") still names the agency; a lower-case "ap" does not.
        if trimmed.count > 2, trimmed.first?.isUppercase == true,
            let found = canonicalByAlias[trimmed.uppercased()]
        {
            return found
        }
        return canonicalByAlias[trimmed.lowercased()]
    }

    /// End marks only one agency uses, so a story signed off with one was issued by it.
    static let signOffCodes: [(code: String, canonical: String)] = [
        ("enditem", "Xinhua"), ("end item", "Xinhua"),
    ]

    /// The agency whose own end mark `line` is (`Enditem`), whatever its case, blanks and brackets.
    static func signOffCode(_ line: Substring) -> String? {
        guard line.utf8.count <= 20 else { return nil }
        let words = line.lowercased().split { !$0.isLetter }.joined(separator: " ")
        return signOffCodes.first { $0.code == words }?.canonical
    }

    /// ASCII letters, digits and hyphens in words separated by single spaces, not starting with `the `: a name that
    /// trimming and collapsing would leave as it is.
    private static func isPlainName(_ name: String) -> Bool {
        var previousIsSpace = true
        for byte in name.utf8 {
            if byte == 0x20 {
                if previousIsSpace { return false }
                previousIsSpace = true
                continue
            }
            guard LineCue.isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") else {
                return false
            }
            previousIsSpace = false
        }
        guard !previousIsSpace else { return false }
        let head = name.utf8.prefix(4)
        return !(head.count == 4 && head.elementsEqual("the ".utf8, by: { $0 | 0x20 == $1 }))
    }

    /// The agency whose one-word name `word` is the cut-off start of (`REUTE`): sign-offs lose their last letters
    /// when a transmission is cut. Needs four letters or more, and a name of five or more.
    static func canonicalName(truncated word: Substring) -> String? {
        // Most last lines are sentences: an ASCII character that is no letter rules them out before any lower-casing.
        guard !word.utf8.contains(where: { $0 < 0x80 && !LineCue.isLetter($0) }) else { return nil }
        let letters = word.lowercased()
        let count = letters.count
        // A word as long as the longest name is no cut-off one: a long last line costs no test per name.
        guard count >= 4, count < truncatableNames.longest, letters.allSatisfy(\.isLetter) else { return nil }
        return truncatableNames.names.first { $0.count > count && $0.lowercased.hasPrefix(letters) }?.canonical
    }

    /// The one-word aliases of five characters or more that a sign-off may cut short, lower-cased, in table order;
    /// and the length of the longest.
    private static let truncatableNames: (names: [(lowercased: String, count: Int, canonical: String)], longest: Int) =
        {
            let names = entries.flatMap { canonical, aliases in
                aliases.filter { $0.count >= 5 && !$0.contains(" ") }.map {
                    (lowercased: $0.lowercased(), count: $0.count, canonical: canonical)
                }
            }
            return (names, names.map(\.count).max() ?? 0)
        }()

    /// Every alias (and canonical name) as written, for searching running text.
    static let aliasTrie = AliasTrie(
        aliases: entries.flatMap { entry in
            ([entry.canonical] + entry.aliases).map { (alias: $0, canonical: canonicalName($0) ?? entry.canonical) }
        })

    /// A case-sensitive regular-expression alternation of every alias, longest first so `Xinhua News Agency` wins
    /// over `Xinhua`.
    static let aliasPattern: String = {
        var aliases = Set<String>()
        for (canonical, names) in entries {
            aliases.insert(canonical)
            aliases.formUnion(names)
        }
        return
            aliases
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
            .map { alias in
                NSRegularExpression.escapedPattern(for: alias).replacingOccurrences(of: " ", with: "\\s+")
            }
            .joined(separator: "|")
    }()

    /// `aliasPattern` behind a cheap guard: every alias starts with a capital, a `d` or a letter of a script without
    /// case (`新华社`, `واس`), so the long alternation is only tried where a name can start.
    static let guardedAliasPattern = "(?=[\\p{Lu}\\p{Lo}d])(?:\(aliasPattern))"
}
