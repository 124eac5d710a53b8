import Testing

@testable import WiredeskCore

struct HTMLCharsetTests {
    private func page(_ head: String, body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
    }

    @Test(
        arguments: [
            ("<meta charset=\"utf-8\">", [0xC3, 0xA9, 0x74, 0xC3, 0xA9], "été"),
            ("", [0xE9, 0x74, 0xE9], "été"),
            ("<meta charset=\"iso-8859-1\">", [0xE9, 0x74, 0xE9], "été"),
            (
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", [0x93, 0x61, 0x94],
                "“a”"
            ),
            ("<meta charset=\"iso-8859-1\">", [0xC3, 0xA9, 0x74, 0xC3, 0xA9], "été"),
            ("<meta charset=\"iso-8859-2\">", [0xB1], "ą"),
            ("<meta charset=\"shift_jis\">", [0x82, 0xA0], "あ"),
            ("<meta charset=\"windows-1251\">", [0xCF, 0xF0, 0xE8], "При"),
            ("<meta charset=\"euc-kr\">", [0xC7, 0xD1], "한"),
            // A byte that starts no character of the charset is one unknown character, and the text goes on.
            ("<meta charset=\"shift_jis\">", [0x82, 0xA0, 0xFF, 0x82, 0xA0], "あ\u{FFFD}あ"),
        ] as [(String, [UInt8], String)])
    func decodesTheTextOfPages(head: String, body: [UInt8], expected: String) throws {
        let extracted = try HTMLExtractor.extract(page(head, body: body))
        #expect(extracted.body == expected)
    }

    /// Pages in a charset libxml2 knows reach it converted to UTF-8, so that the markup it never reads can be left out.
    @Test func convertsLegacyCharsetsToUTF8() throws {
        let page = Array("<html><head><meta charset=\"gbk\"></head><body><p data-x=\"y\">".utf8) + [0xD6, 0xD0]
        let input = try HTMLCharset.input(for: page, libxmlKnows: HTMLTree.libxmlKnowsCharset)
        #expect(input.encoding == "UTF-8")
        #expect(String(decoding: input.bytes, as: UTF8.self).hasSuffix("<p data-x=\"y\">中"))
    }

    @Test func readsUTF16PagesWithAByteOrderMark() throws {
        let html = "<html><body><p>Zürich</p></body></html>"
        let bytes: [UInt8] = [0xFF, 0xFE] + html.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try HTMLExtractor.extract(bytes).body == "Zürich")
    }

    @Test(arguments: [
        ("<meta charset=\"ISO-8859-1\">", "iso-8859-1" as String?),
        ("<meta charset='koi8-r' />", "koi8-r"),
        ("<meta http-equiv=\"content-type\" content=\"text/html;charset=GBK\">", "gbk"),
        ("<?xml version=\"1.0\" encoding=\"windows-1252\"?>", "windows-1252"),
        ("<title>no declaration</title>", nil),
    ])
    func findsTheDeclaredCharset(head: String, expected: String?) {
        #expect(HTMLCharset.declaredCharset(in: Array(head.utf8)) == expected)
    }
}
