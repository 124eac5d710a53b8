public import Foundation

/// Wire stories written for the tests, one for each shape of copy the parser meets on a live feed: a story with no
/// headline, one under a date header, one opened by its agency alone, one whose headline is repeated, one with its
/// date inline. Core tests check what each must yield; daemon tests drop them into an inbox as files.
public enum WireStories {
    /// One story, under the file name a test drops it as.
    public struct Story: Sendable, CustomStringConvertible {
        public var name: String
        public var text: String
        public var data: Data { Data(text.utf8) }
        public var description: String { name }
    }

    /// No headline and no dateline: the lead sentence comes first; sources are cited in the text, a subheading and
    /// rules of dashes split it.
    public static let leadOnly = Story(
        name: "lead-only.txt",
        text: """
            Finance Minister Marta Oliveira said on Wednesday that the government would cap the price of bread for \
            six months to shield poorer households from the sharp rise in the cost of wheat.

            Speaking to lawmakers in the capital, Oliveira said the measure would cost about 40 million euros and \
            would be paid for by a temporary levy on grain traders, Lusa reported.

            The opposition called the cap a short-term fix and demanded a wider review of taxes on food.

            Millers respond

            ------------

            The national millers' association said its members would honour the cap but warned that small \
            bakeries could struggle if wheat kept climbing, BBC News reported.

            Its chairman said the association had asked to meet the minister next week.

            -------------

            Bread prices rose by almost a fifth last year, the statistics office said, the fastest increase since \
            its records began.
            """)

    /// A headline, a date header in two zones with the agency's service name, and a dateline naming the agency.
    public static let underADateHeader = Story(
        name: "date-header.txt",
        text: """
            Turkey and Iraq agree to reopen border crossing

            2018-03-04 09:15:42 GMT2018-03-04 17:15:42(Beijing Time) Xinhua English

            ANKARA, March 4 (Xinhua) -- Turkey and Iraq agreed on Sunday to reopen a border crossing that has been \
            closed to trucks for five months, Anadolu Agency reported.

            The two governments said customs officers would resume checks at the crossing from next Monday, \
            starting with food and medicine.

            Trade between the two neighbours fell by a third while the crossing was closed, according to figures \
            from the chamber of commerce.

            Drivers who had waited for weeks on both sides welcomed the decision.
            """)

    /// Opened by the agency's name alone, one line per paragraph, a routing code below the last one.
    public static let openedByTheAgency = Story(
        name: "agency-alone.txt",
        text: """
            Tasnim – “Our engineers will finish the new water pipeline to the southern provinces before the summer \
            heat arrives,” the energy minister said on Saturday at a ceremony in Bushehr.
            He said the pipeline would carry desalinated water from the coast to more than a million people in \
            towns that had relied on tanker trucks for years.
            The minister added that two further desalination plants would open on the coast by the end of next year.
            Local officials said the first towns would be connected within weeks.
            The project, begun four years ago, was delayed by shortages of steel pipe and by a dispute over its \
            route through farmland.
            Farmers along the route will be paid for the land the pipeline crosses.
            R204/117/C/
            """)

    /// The headline repeated below itself, twice, with doubled spaces, as some feeds send it.
    public static let repeatedHeadline = Story(
        name: "repeated-headline.txt",
        text: """
            Caspian States Agree on Fishing Quotas

            Caspian  States  Agree on Fishing Quotas
            Caspian  States  Agree on Fishing Quotas

            The five countries bordering the Caspian Sea have agreed on new quotas for sturgeon fishing, officials \
            said on Thursday.

            The deal was reached at a meeting of fisheries ministers that ended late on Wednesday.

            "The stocks have fallen for twenty years, and without limits there will soon be nothing left to \
            catch," one delegate said, IRNA reported.

            The quotas will be reviewed every two years by a joint commission of scientists from all five states.
            """)

    /// The date written inline, ahead of the lead sentence.
    public static let inlineDate = Story(
        name: "inline-date.txt",
        text: """
             date 2022-09-14 Foreign Minister Lena Virtanen made the remarks on Wednesday at a meeting with her \
            Estonian counterpart in Helsinki.

            The two ministers discussed a new ferry link across the Gulf of Finland and joint exercises of their \
            coast guards.

            Virtanen said the link would cut the crossing time for freight by almost an hour.

            Her counterpart said both governments would share the cost of the new terminals.
            """)

    /// Every story above, each under its own name: five distinct articles.
    public static let all: [Story] = [leadOnly, underADateHeader, openedByTheAgency, repeatedHeadline, inlineDate]
}
