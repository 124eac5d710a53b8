/// The tables of lines `WireCleaner` drops: page furniture and credits anywhere, and the trailers of agencies whose
/// copy ends in desk codes, end marks and credit lines of their own.
extension WireCleaner {
    /// Lines that are page furniture or credits, removed wherever they appear (short lines only). Each pattern is
    /// matched against one whole line, case-insensitively.
    static let furnitureLines: [FurnitureRule] = [
        FurnitureRule(
            pattern: TextPattern("^[ \\t]*(?:[-=_*~#•·+][ \\t]*){3,}$"), kind: .separator,
            firstWords: ["-", "=", "_", "*", "~", "#", "•", "·", "+"]),
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*follow[ \\t]+(?:us|\\S+(?:[ \\t]+\\S+){0,4}[ \\t]+on[ \\t]+"
                    + "(?:twitter|facebook|instagram|telegram|x|linkedin))\\b.*$",
                caseInsensitive: true),
            kind: .navigation, firstWords: ["follow"]),
        // Calls to follow a live page or an outlet's coverage: `Follow live coverage`, `Follow AP's coverage of the
        // election at https://...`, `Follow our live updates here`.
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*follow[ \\t]+(?:\\S+[ \\t]+){0,6}?(?:live|coverage|updates|blog)\\b.*$", caseInsensitive: true),
            kind: .navigation, firstWords: ["follow"]),
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*(?:read[ \\t]+more|read[ \\t]+also|also[ \\t]+read|see[ \\t]+also|more[ \\t]+on[ \\t]+this)"
                    + "[ \\t]*(?:[:>»›|-].*)?$",
                caseInsensitive: true),
            kind: .navigation, firstWords: ["read", "also", "see", "more"]),
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*(?:our[ \\t]+standards[ \\t]*:|to[ \\t]+contact[ \\t]+the[ \\t]+(?:reporters?|editors?|authors?)\\b).*$",
                caseInsensitive: true),
            kind: .navigation, firstWords: ["our", "to"], openings: ["our standards", "to contact the"]),
        // A line ending in a contact address: `jdoe@agency.example`, `Jane Doe in Paris at jdoe@agency.example`.
        FurnitureRule(
            pattern: TextPattern(
                "^.{0,150}?[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}[ \\t]*$"),
            kind: .navigation,
            lastWords: [
                "com", "net", "org", "info", "int", "news", "co", "uk", "kr", "cn", "jp", "ir", "ru", "de", "fr", "in",
                "tr", "ae", "sa",
            ]),
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*related(?:[ \\t]+(?:stories|articles|news|coverage|content|links|topics))?[ \\t]*(?::.*)?$",
                caseInsensitive: true),
            kind: .navigation, firstWords: ["related"]),
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*(?:(?:click[ \\t]+here|share[ \\t]+(?:this|on)|subscribe[ \\t]+(?:to|here|now|for)"
                    + "|sign[ \\t]+up(?:[ \\t]+(?:here|now|today))?[ \\t]+(?:for|to))\\b.*"
                    + "|sign[ \\t]+up(?:[ \\t]+(?:here|now|today))?[ \\t]*[.!:]?[ \\t]*)$",
                caseInsensitive: true),
            kind: .navigation, firstWords: ["click", "share", "subscribe", "sign"]),
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*[\\[(]?[ \\t]*(?:file[ \\t]+)?(?:photo|photograph|picture|pic|image)s?[ \\t]*"
                    + "(?::|/|\\bby\\b|\\bcredit\\b|\\bcourtesy\\b).*$",
                caseInsensitive: true),
            kind: .photoCredit,
            firstWords: [
                "file", "photo", "photos", "photograph", "photographs", "picture", "pictures", "pic", "pics", "image",
                "images",
            ]),
        // An agency's credit under a picture, in brackets: `(AP Photo/Jane Doe)`, `(AFP Photo / John Roe)`,
        // `(Reuters Photo)`, `[EPA Photo/...]`.
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*[\\[(][ \\t]*(?:ap|afp|epa|upi|ansa|efe|dpa|reuters|xinhua|kyodo|yonhap|anadolu|aa|pti|ians"
                    + "|bernama|antara|irna|wam|spa|kuna|qna|mena|tass|ria)[ \\t]+(?:file[ \\t]+)?(?:photo|picture|image)s?"
                    + "\\b[^()\\[\\]]*[\\])][ \\t.]*$",
                caseInsensitive: true),
            kind: .photoCredit,
            firstWords: [
                "ap", "afp", "epa", "upi", "ansa", "efe", "dpa", "reuters", "xinhua", "kyodo", "yonhap", "anadolu",
                "aa",
                "pti", "ians", "bernama", "antara", "irna", "wam", "spa", "kuna", "qna", "mena", "tass", "ria",
            ]),
        // (Reporting by ...; Editing by ...) · Additional reporting by ... · Writing by ...
        FurnitureRule(
            pattern: nil, kind: .credit, firstWords: ["additional", "reporting"],
            openings: ["reporting by", "additional reporting by"]),
        FurnitureRule(
            pattern: nil, kind: .credit,
            firstWords: ["writing", "editing", "edited", "compiled", "translated", "produced", "written"],
            openings: [
                "writing by", "editing by", "edited by", "compiled by", "translated by", "produced by", "written by",
            ]),
        FurnitureRule(
            pattern: TextPattern(
                "^.*\\bcontributed[ \\t]+(?:reporting[ \\t]+)?to[ \\t]+this[ \\t]+(?:report|story|article)\\.?\\)?[ \\t]*$",
                caseInsensitive: true),
            kind: .credit, lastWords: ["report", "story", "article"]),
        FurnitureRule(
            pattern: TextPattern(
                "^.*\\b(?:writers?|correspondents?|reporters?)\\b.*\\bcontributed\\.?\\)?[ \\t]*$",
                caseInsensitive: true),
            kind: .credit, lastWords: ["contributed"]),
        FurnitureRule(
            pattern: TextPattern("^[ \\t]*\\(?[ \\t]*(?:©|\\(c\\)|copyright\\b).*$", caseInsensitive: true),
            kind: .copyright, firstWords: ["©", "c", "copyright"]),
        FurnitureRule(
            pattern: TextPattern("^.*\\ball[ \\t]+rights[ \\t]+reserved\\.?[ \\t]*$", caseInsensitive: true),
            kind: .copyright, lastWords: ["reserved"]),
        // Captions of agencies' photos, in their languages: `Foto: .../dpa`, `© Фото: .../ТАСС`,
        // `Fotoğraf: ... - Anadolu Ajansı`, `(Ảnh: .../TTXVN)`, `Gambar: ...`, `صورة: ...`, `사진: ...`.
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*[\\[(（]?[ \\t]*(?:©[ \\t]*)?"
                    + "(?:foto|fotos|fotoğraf|фото|ảnh|gambar|bild|imagen|photo|صورة|عکس|फोटो|사진|照片)"
                    + "(?:[ \\t]*[:：]|[ \\t]+(?-i:\(AgencyCatalog.aliasPattern))(?![\\p{L}])).*$",
                caseInsensitive: true),
            kind: .photoCredit,
            firstWords: [
                "foto", "fotos", "Ф", "ф", "Ả", "ả", "gambar", "bild", "imagen", "photo", "ص", "ع", "फ", "사", "照", "©",
            ]),
        // A photo credit of an agency and a photographer alone on a line: `EFE/Juan Pérez`, `AFP / Jean Dupont`.
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*(?:EFE|AFP|dpa|AA|Lusa|LUSA|ANTARA|TTXVN|ТАСС|Xinhua|KUNA|WAM|SPA|QNA|IRNA)[ \\t]*/[ \\t]*"
                    + "\\p{Lu}[\\p{L}\\p{M}.'’-]{1,20}(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}.'’-]{0,20}){0,3}[ \\t]*$"),
            kind: .photoCredit,
            firstWords: [
                "efe", "afp", "dpa", "aa", "lusa", "antara", "ttxvn", "Т", "xinhua", "kuna", "wam", "spa", "qna",
                "irna",
            ]),
        // Xinhua's captions: `图为...（新华社记者 张三 摄）`, a line opening with "the picture shows" or closing with
        // "photographed by".
        FurnitureRule(
            pattern: TextPattern("^[ \\t]*(?:图为|圖為|图片|圖片).*$|^.{0,200}摄[ \\t]*[)）]?[ \\t]*$"),
            kind: .photoCredit, firstWords: ["图", "圖", "（", "新"], lastWords: []),
        // "Read also" in the agencies' languages: `Baca juga: ...`, `Читайте также: ...`, `Leia também: ...`.
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*(?:baca[ \\t]+juga|lihat[ \\t]+juga|leia[ \\t]+também|lea[ \\t]+también|lire[ \\t]+aussi"
                    + "|siehe[ \\t]+auch|mehr[ \\t]+zum[ \\t]+thema|ayrıca[ \\t]+(?:bakınız|okuyun|bkz)|xem[ \\t]+thêm"
                    + "|читайте[ \\t]+также|смотрите[ \\t]+также|اقرأ[ \\t]+أيضا|اقرأ[ \\t]+أيضاً"
                    + "|यह[ \\t]+भी[ \\t]+पढ़ें|ये[ \\t]+भी[ \\t]+पढ़ें|延伸阅读|相关阅读)[ \\t]*(?:[:：>»|-].*)?$",
                caseInsensitive: true),
            kind: .navigation,
            firstWords: [
                "baca", "lihat", "leia", "lea", "lire", "siehe", "mehr", "ayr", "xem", "Ч", "С", "ا", "य", "延", "相",
            ]),
        // Chinese sites' fields in corner brackets: `【纠错】 【责任编辑：王楠】`, `【编辑:刘欢】`; and the editor alone.
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*(?:【[^【】\\n]{1,30}】[ \\t]*){1,4}$|^[ \\t]*[（(]?(?:责任编辑|責任編輯|编辑|編輯)[ \\t]*[:：].{0,30}$"),
            kind: .navigation, firstWords: ["【", "责", "責", "编", "編"]),
        // Notes to editors in Russian copy: `(Добавлены подробности в 4-5 абзацах)`, `(Обновлено)`.
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*\\([ \\t]*(?:добавлен|дополнен|обновлен|уточнен|исправлен|заменен)\\p{L}*[^()\\n]{0,150}\\)[ \\t]*$",
                caseInsensitive: true),
            kind: .editorNote, firstWords: ["Д", "О", "У", "И", "З", "д", "о"]),
        // IRNA's story number under the headline: `کد خبر: ۸۴۶۶۰۶۱۷`.
        FurnitureRule(
            pattern: TextPattern("^[ \\t]*(?:کد[ \\t]+خبر|شناسه[ \\t]+خبر)[ \\t]*[:：]?[ \\t]*\\d{1,12}[ \\t]*$"),
            kind: .navigation, firstWords: ["ک", "ش"]),
        // Antara's credits: `Pewarta: ...` (the reporter), `Editor: ...`; Yonhap's `<저작권자(c) 연합뉴스 ...>`.
        FurnitureRule(
            pattern: TextPattern(
                "^[ \\t]*(?:pewarta|penulis|editor|redaktur|uploader)[ \\t]*:.{1,80}$", caseInsensitive: true),
            kind: .credit, firstWords: ["pewarta", "penulis", "editor", "redaktur", "uploader"]),
        FurnitureRule(
            pattern: TextPattern("^[ \\t]*<?[ \\t]*저작권자.*$"), kind: .copyright, firstWords: ["<", "저"]),
    ]

    /// Trailer lines of the agencies that file in other languages, removed from the end of a story: end marks in
    /// brackets (`(完)`, `(끝)`, `（共同）`, `(النهاية)`), `// انتهى //`, `انتهای پیام/`, desk initials and credits
    /// set apart by slashes in any script (`fff/sba/ib`, `ACL // HB`, `Lusa/Fim`, `पीएसके/एसकेपी`,
    /// `م ع ه / ع ك`, `وام/أحمد البوتلي/مصطفى بدر الدين`), an agency's code line (`dpa ab yyzz n1 jb`,
    /// `كونا020721 جمت ديس 22`), a bare time (`19:58ت م`), and an agency credit in brackets (`(TTXVN/Vietnam+)`).
    static let agencyTrailerLines: [TextPattern] = [
        TextPattern(
            "^\\s*[(（]\\s*(?:完|끝|共同|時事|end|fim|fin|النهاية|انتهى|समाप्त)\\s*[)）]\\s*$", caseInsensitive: true),
        TextPattern("^\\s*/{1,2}\\s*(?:انتهى|النهاية)\\s*/{1,2}\\s*$|^\\s*انتهای\\s+پیام\\s*/?\\s*$"),
        TextPattern(
            "^\\s*[\\p{L}\\p{M}]{1,12}(?:\\s[\\p{L}\\p{M}]{1,12}){0,3}"
                + "(?:\\s*/{1,2}\\s*[\\p{L}\\p{M}]{1,12}(?:\\s[\\p{L}\\p{M}]{1,12}){0,3}){1,5}\\s*$"),
        TextPattern("^\\s*(?:dpa|afp|efe|lusa|aa|ap)(?:\\s+[a-z0-9]{1,5}){1,8}\\s*$", caseInsensitive: true),
        TextPattern("^\\s*\\p{L}{2,10}\\d{4,8}(?:\\s+[\\p{L}\\d]{1,6}){0,4}\\s*$"),
        TextPattern("^\\s*\\d{1,2}:\\d{2}\\s*(?:ت\\s*م|gmt|utc)?\\s*$", caseInsensitive: true),
        TextPattern("^\\s*\\(\\s*[\\p{L}\\d+.\\- ]{2,24}(?:/[\\p{L}\\d+.\\- ]{2,24}){0,2}\\s*\\)\\s*$"),
    ]

    /// Agency trailers are short: a longer last line is story.
    static let longestAgencyTrailer = 100

    /// Whether `line` is one of `agencyTrailerLines`.
    static func isAgencyTrailer(_ line: Substring) -> Bool {
        guard line.utf8.count <= longestAgencyTrailer else { return false }
        let text = String(line)
        return agencyTrailerLines.contains { $0.matches(text) }
    }
}
