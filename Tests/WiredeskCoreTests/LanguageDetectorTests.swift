import Testing
import WiredeskCore

/// Language from script and, for Latin script, from frequent words.
@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        ("The minister said that the talks with the delegation were held in a friendly atmosphere.", "en"),
        ("Le ministre a déclaré que les discussions avec la délégation se sont déroulées dans un bon climat.", "fr"),
        (
            "Der Minister sagte, dass die Gespräche mit der Delegation in einer freundlichen Atmosphäre stattfanden.",
            "de"
        ),
        ("El ministro dijo que las conversaciones con la delegación se celebraron en un ambiente cordial.", "es"),
        ("Il ministro ha detto che i colloqui con la delegazione si sono svolti in un clima cordiale.", "it"),
        (
            "O ministro disse que as conversas com a delegação foram realizadas num clima cordial e não houve acordo.",
            "pt"
        ),
        (
            "De minister zei dat de gesprekken met de delegatie in een vriendelijke sfeer zijn gevoerd en dat er niet is besloten.",
            "nl"
        ),
        (
            "Bakan, heyet ile yapılan görüşmelerin dostane bir ortamda gerçekleştiğini söyledi ve bu konuda çok memnun olduğunu dedi.",
            "tr"
        ),
        ("قال الوزير إن المحادثات مع الوفد جرت في أجواء ودية", "ar"),
        ("وزیر گفت که گفتگوها با هیئت در فضایی دوستانه برگزار شد و پیشرفت خوبی داشت", "fa"),
        ("وزیر نے کہا کہ وفد کے ساتھ بات چیت دوستانہ ماحول میں ہوئی اور اچھی پیش رفت ہوئے", "ur"),
        ("Министр заявил, что переговоры с делегацией прошли в дружественной атмосфере.", "ru"),
        ("部长说，与代表团的会谈是在友好的气氛中进行的。", "zh"),
        ("大臣は、代表団との会談は友好的な雰囲気の中で行われたと述べた。", "ja"),
        ("장관은 대표단과의 회담이 우호적인 분위기에서 진행되었다고 말했다.", "ko"),
    ])
    func detects(text: String, language: String) {
        #expect(LanguageDetector.detect(text) == language)
    }
}
