package dossier;

import dossier.model.Gender;
import dossier.model.Quote;
import dossier.model.QuoteType;
import dossier.model.Record;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dossier.Analyses.analyze;
import static dossier.Analyses.anySourceNamed;
import static dossier.Analyses.entity;
import static dossier.Analyses.quote;
import static dossier.Analyses.source;
import static dossier.Analyses.speakerName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quote marks and speakers on articles written for these tests, in the layouts news uses. */
@Tag("models")
class QuotesAndSpeakersIT {
    static final String STRIKE = """
            Port strike spreads to a second city

            Union leaders: no deal without a pay rise

            Dock workers in Rotterdam walked out on Monday, after the Dutch transport minister, Pieter van Dijk, \
            said he would meet the unions “within a week” to discuss their demands.

            "We are not going back until the offer is serious," said Anneke Jansen, a spokeswoman for the FNV union.

            "The ships can wait," she added.

            Van Dijk told reporters that the government "will not be blackmailed.

            We have made a fair offer” and would not improve it.

            Shipping company spokesman Marco Rossi said in a statement that the strike was costing "millions every \
            day," noting that "customers are already leaving."

            "Nobody wins from this," he said.

            The Dutch minister added that talks "remain possible."

            Harbour master Lars Eriksson said Rossi "has exaggerated the losses."

            The Dutch broadcaster NOS quoted Eriksson as saying: "The port is quiet but safe."

            A film called "The Long Wait" opened in the city the same week, and critics called the strike a \
            "farce" in their columns.
            """;

    @Test
    void speakersAcrossLayouts() {
        Record r = analyze(STRIKE, "2023-03-10");
        assertEquals("Pieter van Dijk", speakerName(r, quote(r, "within a week")), "appositive subject before the verb");
        assertEquals("Anneke Jansen", speakerName(r, quote(r, "We are not going back")), "inverted said X");
        assertEquals("Anneke Jansen", speakerName(r, quote(r, "The ships can wait")), "she added: the last speaker");
        assertEquals("Pieter van Dijk", speakerName(r, quote(r, "will not be blackmailed")), "surname subject, run-on quote");
        assertEquals("Marco Rossi", speakerName(r, quote(r, "millions every day")), "premodified name");
        assertEquals("Marco Rossi", speakerName(r, quote(r, "customers are already leaving")), "participle takes the subject");
        assertEquals("Marco Rossi", speakerName(r, quote(r, "Nobody wins")), "he said");
        assertEquals("Pieter van Dijk", speakerName(r, quote(r, "remain possible")), "a title resolved to its holder");
        assertEquals("Lars Eriksson", speakerName(r, quote(r, "has exaggerated")), "the subject speaks, not the object");
        assertEquals("Lars Eriksson", speakerName(r, quote(r, "The port is quiet")), "X quoted Y as saying");
    }

    @Test
    void aQuoteRunsOnAcrossAParagraphBreak() {
        Record r = analyze(STRIKE, "2023-03-10");
        String q = quote(r, "will not be blackmailed").text();
        assertTrue(q.endsWith("We have made a fair offer"), q);
    }

    @Test
    void titlesAreNotSpeechButWhatSomeoneCallsSomethingIs() {
        Record r = analyze(STRIKE, "2023-03-10");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().equals("The Long Wait")), "a film called \"...\" names it");
        // "critics called the strike a "farce"": the critics' word, as PolNeAR and PARC annotate it.
        Quote farce = quote(r, "farce");
        assertEquals(QuoteType.PARTIAL, farce.type());
        assertEquals("critics", farce.speakerMention().text());
        long quoted = r.quotes().stream().filter(q -> q.type() != QuoteType.INDIRECT).count();
        assertEquals(11, quoted, () -> r.quotes().stream().map(x -> x.text()).toList().toString());
    }

    @Test
    void whatANamedSourceCallsSomethingIncludesWhatIsCalled() {
        String text = """
                Ferry ruling

                Ferry union chief Tom Reyes called Friday's ruling a "victory for every deckhand." The pilots' \
                association called the ruling a "needless blow to the pier." A trawler called the Grey \
                Heron ran aground near Velmont.
                """;
        Record r = analyze(text, "2024-03-04");
        Quote ruling = quote(r, "Friday's ruling a");
        assertEquals("Tom Reyes", speakerName(r, ruling), "a name, then a naming verb the tagger took for a participle");
        assertEquals("called", ruling.cue().text());
        assertTrue(quote(r, "the ruling").text().contains("needless blow"),
                "an -ing form after \"the\" is the noun being called something");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("Grey Heron")), "a boat called X names it");
    }

    @Test
    void partialAndDirectQuotes() {
        Record r = analyze(STRIKE, "2023-03-10");
        assertEquals(QuoteType.PARTIAL, quote(r, "within a week").type());
        assertEquals(QuoteType.DIRECT, quote(r, "Nobody wins").type());
        assertEquals("added", quote(r, "The ships can wait").cue().text());
        assertEquals("she", source(r, "The ships can wait"));
    }

    @Test
    void accordingToAndOrganizationsAsSources() {
        String text = """
                Airline cancels flights

                According to Chief Executive Hannah Moreau, "the strike has cost us more than the storm did."

                "No flights will leave before Thursday," according to the airline's operations centre.

                The Transport Ministry said the airline "must compensate every passenger."

                Laura Chen, whom the minister had called a "troublemaker" last year, said passengers "deserve \
                better than this."
                """;
        Record r = analyze(text, "2024-06-03");
        assertEquals("Hannah Moreau", speakerName(r, quote(r, "the strike has cost")));
        assertEquals("according to", quote(r, "No flights").cue().text());
        assertEquals("Transport Ministry", speakerName(r, quote(r, "must compensate")));
        assertEquals("Laura Chen", speakerName(r, quote(r, "deserve")), "the subject, past a relative clause");
    }

    @Test
    void namesThatCompleteANounAreNotTheSource() {
        String text = """
                Appeal filed in Lisbon

                Lawyers for Marta Ruiz said the appeal would reach the court on Monday.

                Friends of Tomas Berg and Ines Duarte said they had not heard from the two since June.

                Interior Minister Paulo Sousa said the case was "a matter for the judges."
                """;
        Record r = analyze(text, "2024-02-02");
        Quote lawyers = quote(r, "the appeal would reach");
        assertNull(lawyers.speaker(), "the lawyers speak, not Ruiz");
        assertEquals("Lawyers for Marta Ruiz", lawyers.speakerMention().text());
        Quote friends = quote(r, "they had not heard");
        assertNull(friends.speaker(), "the friends speak, not Berg or Duarte");
        assertEquals("Friends of Tomas Berg and Ines Duarte", friends.speakerMention().text());
        assertEquals("Paulo Sousa", speakerName(r, quote(r, "a matter for the judges")), "a title before the name");
        Record trial = analyze("Trial\n\nLawyers for Tomas Berg, who is on trial in Porto, said the hearing was unfair.\n",
                "2024-02-02");
        Quote unfair = quote(trial, "the hearing was unfair");
        assertNull(unfair.speaker(), "the lawyers speak, past the relative clause about Berg");
        assertTrue(unfair.speakerMention().text().startsWith("Lawyers for Tomas Berg"), unfair.speakerMention().text());
    }

    @Test
    void theSourceIsTheWholePhraseThatNamesIt() {
        String text = """
                Clinics to reopen in Porto

                Officials at the regional health authority said the clinics would reopen on Monday.

                Tomas Berg and Ines Duarte said they would appeal the closure.

                The union's regional secretary, Joana Pires, said the strike would go on.

                Pires, speaking to reporters in Porto, said the vote had been close.

                In a radio interview Pires said the offer was unfair.

                The talks will resume in May, according to the left-leaning Institute for Labour Studies.

                "We will not sign this," said regional union leader Joana Pires.

                The clinic "has served the valley for forty years," retired ward nurse Rosa Lima said.
                """;
        Record r = analyze(text, "2024-04-02");
        Quote officials = quote(r, "the clinics would reopen");
        assertEquals("Officials at the regional health authority", officials.speakerMention().text());
        assertNull(officials.speaker(), "the officials speak, not the authority they work at");
        assertEquals("Tomas Berg and Ines Duarte", source(r, "they would appeal"));
        Quote secretary = quote(r, "the strike would go on");
        assertEquals("The union's regional secretary, Joana Pires,", secretary.speakerMention().text());
        assertEquals("Joana Pires", speakerName(r, secretary));
        assertEquals("Pires", source(r, "the vote had been close"), "a participle is no apposition");
        assertEquals("Pires", source(r, "the offer was unfair"), "the interview is not the source");
        assertEquals("the left-leaning Institute for Labour Studies", source(r, "The talks will resume"));
        Quote leader = quote(r, "We will not sign");
        assertEquals("regional union leader Joana Pires", leader.speakerMention().text());
        assertEquals("Joana Pires", speakerName(r, leader));
        assertEquals("retired ward nurse Rosa Lima", source(r, "has served the valley"), "a participle before a noun");
        Record delegate = analyze("Clinics\n\n\"The clinic stays,\" said Del. Rosa Lima of the valley district.\n",
                "2024-04-02");
        assertEquals("Del. Rosa Lima", source(delegate, "The clinic stays"), "a title the tokenizer does not know");
    }

    @Test
    void aCoordinatedOrAppositiveSubjectIsTheSourceWhole() {
        String text = """
                Ferry fares

                One of the board's lawyers, Ana Ostrova, said the appeal would fail. The talks stalled, and \
                Norway, Denmark and Sweden warned of delays. The strike spread as Norway and Sweden supported the \
                dockers. Both Mr. Reyes and Ms. Marsh say the fares will rise.
                """;
        Record r = analyze(text, "2024-02-02");
        assertEquals("One of the board's lawyers, Ana Ostrova,", source(r, "the appeal would fail"));
        assertEquals("Norway, Denmark and Sweden", source(r, "delays"), "a list after a clause's \", and\"");
        assertEquals("Norway and Sweden", source(r, "the dockers"), "a subject after \"as\"");
        assertEquals("Both Mr. Reyes and Ms. Marsh", source(r, "the fares will rise"));
        Record after = analyze("Ferry\n\n“The pier is safe,” said the former mayor of Velmont and current harbour chief.\n",
                "2024-02-02");
        assertEquals("the former mayor of Velmont and current harbour chief", source(after, "The pier is safe"),
                "a coordinated source after its cue");
        Record guild = analyze("""
                Ferry fares

                Ana Ostrova, head of the pilots' guild, which represents 40 crews, said the pier was safe. Tom \
                Reyes, who runs the night ferry, said the fares would rise. Lena Marsh, the mayor of Velmont, a \
                town of 9,000 people, said the ferry would stay.
                """, "2024-02-02");
        assertEquals("Ana Ostrova, head of the pilots' guild,", source(guild, "the pier was safe"),
                "a relative clause after an apposition describes the guild");
        assertEquals("Tom Reyes, who runs the night ferry,", source(guild, "the fares would rise"));
        assertEquals("Lena Marsh, the mayor of Velmont,", source(guild, "the ferry would stay"), "a town, not the mayor");
        Record dashes = analyze("""
                Ferry fares

                Ana Ostrova -- head of the pilots guild, a union of 40 crews -- said the pier was safe. Tom Reyes \
                — the harbour master — told reporters the ferry would run. Kari Dahl, the head of Velmont Ferries \
                -- the firm that runs the night boats -- told the Gazette that fares would rise.
                """, "2024-02-02");
        assertEquals("Ana Ostrova -- head of the pilots guild, a union of 40 crews --", source(dashes, "the pier was safe"));
        assertEquals("Tom Reyes", speakerName(dashes, quote(dashes, "the ferry would run")), "an apposition in dashes");
        assertEquals("Kari Dahl, the head of Velmont Ferries -- the firm that runs the night boats --",
                source(dashes, "that fares would rise"), "dashes inside a person's apposition: the person");
        Record afterCue = analyze("Ferry\n\n“The pier is safe,” said Ana Ostrova -- head of the pilots guild -- on Monday.\n",
                "2024-02-02");
        assertEquals("Ana Ostrova -- head of the pilots guild", source(afterCue, "The pier is safe"), "after the cue");
    }

    @Test
    void objectsAndRelativeClausesReportToo() {
        String text = """
                Water rates

                The union called for a freeze on disconnections.

                The utility called the proposal unworkable.

                Recent polls show a close race for the council seat.

                A group called the Friends of the River met on Monday.

                Marta Ruiz, who said the utility owed her money, sued it in March.

                The utility announced on Sunday the closure of its river office. It criticized in a letter the \
                new rules.
                """;
        Record r = analyze(text, "2024-05-02");
        Quote moratorium = quote(r, "a freeze on disconnections");
        assertEquals("called for", moratorium.cue().text(), "a past form the tagger may read as a participle");
        assertEquals("The union", moratorium.speakerMention().text());
        assertEquals("The utility", source(r, "the proposal unworkable"));
        assertEquals("Recent polls", source(r, "a close race"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("Friends of the River")), "naming is not reporting");
        Quote owed = quote(r, "the utility owed her money");
        assertEquals("who", owed.speakerMention().text());
        assertEquals("Marta Ruiz", speakerName(r, owed), "the relative pronoun stands for the name before it");
        assertEquals("the utility owed her money", owed.text(), "the report ends with the relative clause");
        assertEquals("The utility", source(r, "the closure of its river office"), "the object after the time");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("a letter")), "the medium is no object");
        assertEquals("the new rules", quote(r, "the new rules").text());
    }

    @Test
    void adverbialsAndAppositionsAroundTheCue() {
        String text = """
                Harbor vote

                Ana Souza says at a rally in Braga, Portugal, that the harbor plan will cost jobs.

                Souza said after the vote she would appeal.

                The ferry will run again by Easter, said Marta Ruiz, an engineer with the harbor board.

                Tolls rose 8 percent, the agency said in its spring report, and fares rose 2 percent.
                """;
        Record r = analyze(text, "2024-03-01");
        assertEquals("Ana Souza", speakerName(r, quote(r, "that the harbor plan")), "a place phrase before 'that'");
        assertEquals("Ana Souza", speakerName(r, quote(r, "she would appeal")), "a time phrase, then the clause");
        assertEquals("Marta Ruiz", speakerName(r, quote(r, "The ferry will run again")), "an apposition after the name");
        Quote first = quote(r, "Tolls rose");
        Quote second = quote(r, "fares rose");
        assertEquals("the agency", first.speakerMention().text());
        assertEquals(first.cue(), second.cue(), "one report, two parts around it");
    }

    @Test
    void aTimePhraseOrAParenthesisDoesNotHideTheSubject() {
        String text = """
                Budget talks

                Carla Mendes on Tuesday said the budget would pass.

                A survey published in early May found that most tenants backed the cap.

                "We will not fold," Rep. Ana Dias (D-Va.), a member of the housing panel, said in a radio interview.
                """;
        Record r = analyze(text, "2024-09-05");
        assertEquals("Carla Mendes", speakerName(r, quote(r, "the budget would pass")));
        assertEquals("A survey published in early May", source(r, "that most tenants"));
        Quote fold = quote(r, "We will not fold");
        assertEquals("Ana Dias", speakerName(r, fold));
        assertEquals("Rep. Ana Dias (D-Va.), a member of the housing panel,", fold.speakerMention().text());
    }

    @Test
    void theReportedContentEndsWhereTheReportersWordsBegin() {
        String text = """
                Council row

                Mayor Rui Lopes criticized the harbor board in a statement on Friday.

                Lopes said the board had ignored the residents, though he admitted the budget was tight.

                The councillor told the Gazette on Thursday how the vote had been arranged.

                Lopes praised the health of the river, which had recovered since 2019.
                """;
        Record r = analyze(text, "2024-05-04");
        assertEquals("the harbor board", quote(r, "the harbor board").text(), "not the statement it was said in");
        assertEquals("the board had ignored the residents", quote(r, "the board had ignored").text(),
                "the writer's 'though' clause is not what Lopes said");
        Quote how = quote(r, "how the vote");
        assertEquals("how the vote had been arranged", how.text(), "past the one told and when");
        assertEquals("the health of the river", quote(r, "the health of").text(), "a relative clause about the object");
    }

    @Test
    void questionsRelativesParticiplesAndNounsOfSaying() {
        String text = """
                Ferry fares

                “Can anyone fill every boat this summer?” Marta Ruiz said, smiling at the crowd.

                A video on the ferry line's site shows Paulo Dias saying, “The fares will fall.”

                The ministry cited the port authority which reported “a record season” in August.

                Ruiz's claim that the fares had fallen was disputed by the union.
                """;
        Record r = analyze(text, "2024-09-05");
        assertEquals("Marta Ruiz", speakerName(r, quote(r, "Can anyone fill")), "a question mark ends no report");
        assertEquals("Paulo Dias", speakerName(r, quote(r, "The fares will fall")), "the name before the participle");
        assertEquals("which", source(r, "a record season"), "a relative right after its noun");
        Quote claim = quote(r, "that the fares had fallen");
        assertEquals("Ruiz's", claim.speakerMention().text());
        assertEquals("claim", claim.cue().text());
        assertEquals("Marta Ruiz", speakerName(r, claim));
    }

    @Test
    void sourcesWithPrepositionsParticiplesTitlesAndAppositions() {
        String text = """
                Fare vote

                Only 41 percent of surveyed residents agreed that the fare rise was fair.

                Secretary of State Ana Dias said the talks would resume in June.

                Carla Mendes, the former minister of transport, said the rise was illegal.

                “We will vote no,” said House Speaker Rui Lopes, R-Va., at the session.
                """;
        Record r = analyze(text, "2024-05-02");
        assertEquals("Only 41 percent of surveyed residents", source(r, "that the fare rise"));
        assertEquals("Secretary of State Ana Dias", source(r, "the talks would resume"));
        Quote mendes = quote(r, "the rise was illegal");
        assertEquals("Carla Mendes, the former minister of transport,", mendes.speakerMention().text());
        assertEquals("Carla Mendes", speakerName(r, mendes));
        assertEquals("House Speaker Rui Lopes, R-Va.,", source(r, "We will vote no"),
                "where it was said is not who said it; the apposition keeps its closing comma, as before a cue");
        Record worry = analyze("Bridge\n\nThe mayor worries that the bridge will close before winter.\n", "2024-05-02");
        assertEquals("worries", quote(worry, "that the bridge will close").cue().text(), "what a source fears is reported");
        Record parents = analyze("Grants\n\nShe said families who foster would not qualify for the grant.\n", "2024-05-02");
        assertEquals("said", quote(parents, "families who foster").cue().text(), "a relative clause inside the report");
    }

    @Test
    void requestsGerundsAndParticiplesReportWhatFollows() {
        String text = """
                Fare freeze

                Mayor Rui Lopes urged the council to freeze fares until the spring.

                Lopes cited rising fuel costs as the reason for the delay.

                The union proposes doing away with the night surcharge.

                Carla Mendes spoke to drivers in Braga, promising to restore the night buses.

                The ferry operator noted the mayor's remarks on its website.
                """;
        Record r = analyze(text, "2024-01-10");
        assertEquals("Rui Lopes", speakerName(r, quote(r, "the council to freeze fares")), "the one urged, then the request");
        assertEquals("cited", quote(r, "rising fuel costs").cue().text(), "a participle opens the object");
        assertEquals("The union", source(r, "doing away with"), "a gerund object");
        assertEquals("Carla Mendes", speakerName(r, quote(r, "to restore the night buses")), "a participle's promise");
        assertEquals("noted", quote(r, "the mayor's remarks").cue().text());
        Record show = analyze("Fares\n\nLopes told the station's “Morning Talk” that fares would fall, and said on "
                + "“Sunday Review,” that the night buses would return.\n", "2024-01-10");
        assertTrue(show.quotes().stream().noneMatch(q -> q.text().startsWith("Morning Talk") || q.text().startsWith("Sunday Review")),
                "a programme named after a preposition or possessive is no quote: " + show.quotes());
        assertEquals("told", quote(show, "that fares would fall").cue().text());
    }

    @Test
    void talkingReportsOnlyWhatItIsAbout() {
        String text = """
                Harbour talks

                Kari Dahl announced that she would talk "within the week" with the union's leader, Ola Nilsen.                 Nilsen said at a meeting in Bergen, on Monday evening, that the strike would go ahead. Dahl later                 talked about the cost of the strike.
                """;
        Record r = analyze(text, "2024-02-02");
        assertEquals("announced", quote(r, "within the week").cue().text(), "the announcement reports it, not the talk");
        assertTrue(r.quotes().stream().noneMatch(q -> q.cue() != null && q.cue().text().contains("would talk")));
        assertEquals("Ola Nilsen", speakerName(r, quote(r, "that the strike would go ahead")), "a long adverbial before that");
        assertEquals("Kari Dahl", speakerName(r, quote(r, "the cost of the strike")));
        Record howLong = analyze("Talks\n\nThe two pilots talked for nearly an hour. Dahl argued for two days.\n",
                "2024-02-02");
        assertTrue(howLong.quotes().isEmpty(), "how long they talked is not what about: " + howLong.quotes());
    }

    @Test
    void aSecondReportingVerbSharesTheSubjectOfTheFirst() {
        String text = """
                Port talks

                Kari Dahl said the talks had stalled and added that the union would meet again on Friday.
                """;
        Record r = analyze(text, "2024-02-02");
        Quote first = quote(r, "the talks had stalled");
        assertEquals("the talks had stalled", first.text(), "the first report ends where the second begins");
        assertEquals("Kari Dahl", speakerName(r, quote(r, "that the union would meet")));
        assertEquals("added", quote(r, "that the union would meet").cue().text());
    }

    @Test
    void theVerbBeforeACoordinatorSharesItsSubjectWithTheCueAfterIt() {
        String text = """
                Ferry fares

                Ana Ostrova shrugged and said, “The ferry was never cheap.” Tom Reyes paused, and then added that \
                fares would rise in spring.
                """;
        Record r = analyze(text, "2024-02-02");
        assertEquals("Ana Ostrova", speakerName(r, quote(r, "The ferry was never cheap")));
        assertEquals("Tom Reyes", speakerName(r, quote(r, "that fares would rise")));
        Record main = analyze("""
                Ferry fares

                Marta Ruiz, the ferry captain, bemoaned the delay in Velmont and said the crossing would resume on \
                Friday. The strike ended when the board gave in and said the fares would stay.
                """, "2024-02-02");
        assertEquals("Marta Ruiz", speakerName(main, quote(main, "the crossing would resume")), "the sentence's one verb");
        assertFalse(anySourceNamed(main, "The strike"), "two verbs before: whose subject is unclear");
    }

    @Test
    void aParticipleAfterAPrepositionReportsForTheClauseItHangsOn() {
        String text = """
                Ferry fares

                Lena Marsh answered the council by saying the ferry would keep its winter timetable. After \
                warning that the pier was unsafe, Tom Reyes closed it for the night. The board fined Ana Ostrova \
                for saying the audit was rigged.
                """;
        Record r = analyze(text, "2024-02-02");
        Quote timetable = quote(r, "the ferry would keep");
        assertEquals("Lena Marsh", speakerName(r, timetable));
        assertEquals("saying", timetable.cue().text());
        Quote pier = quote(r, "that the pier was unsafe");
        assertEquals("Tom Reyes", speakerName(r, pier), "the subject of the main clause after the opening phrase");
        assertEquals("that the pier was unsafe", pier.text(), "the report ends where the main clause begins");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("the audit") && q.speakerMention() != null
                && q.speakerMention().text().equals("The board")), "the board fined her for what she said");
    }

    @Test
    void aShareOfThoseARelativeClauseIsAboutReports() {
        String text = """
                Ferry fares

                The deckhands, most of whom say the new rota is unsafe, stayed ashore on Sunday.
                """;
        Record r = analyze(text, "2024-02-02");
        Quote rota = quote(r, "the new rota is unsafe");
        assertEquals("most of whom", rota.speakerMention().text());
        assertEquals("the new rota is unsafe", rota.text(), "the report ends with the relative clause");
    }

    @Test
    void aCueAfterSeemingOrGoingOnToHasTheirSubject() {
        String text = """
                Ferry fares

                Tom Reyes appeared to concede the pier would close. Lena Marsh went on to describe how the \
                fares were set. The deckhands have continued to call for a new rota. Ana Ostrova agreed with the \
                pilots and seemed to feel their plan was weak.
                """;
        Record r = analyze(text, "2024-02-02");
        Quote pier = quote(r, "the pier would close");
        assertEquals("Tom Reyes", speakerName(r, pier));
        assertEquals("appeared to concede", pier.cue().text());
        assertEquals("went on to describe", quote(r, "how the fares were set").cue().text());
        Quote rota = quote(r, "a new rota");
        assertEquals("The deckhands", rota.speakerMention().text());
        assertEquals("have continued to call for", rota.cue().text());
        assertEquals("Ana Ostrova", speakerName(r, quote(r, "their plan was weak")), "after \"and\"");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("to call for")), "one report, not two");
    }

    @Test
    void everyAuxiliaryLeadsIntoTheCueButAPassiveSubjectIsNoSource() {
        String text = """
                Ferry fares

                The deckhands had been demanding that the port releases the video. The pilots could call on the \
                board for help. Tom Reyes has been criticized for the fares. A study published in early May found \
                that most riders backed the cap.
                """;
        Record r = analyze(text, "2024-02-02");
        Quote video = quote(r, "that the port releases");
        assertEquals("The deckhands", video.speakerMention().text());
        assertEquals("had been demanding", video.cue().text());
        assertEquals("The pilots", source(r, "the board for help"));
        assertFalse(anySourceNamed(r, "Tom Reyes"), "Reyes is criticized, he does not speak");
        assertEquals("A study published in early May", source(r, "that most riders"), "the month is no modal");
        Record demand = analyze("Ferry\n\nThe town is demanding that the ferry company stop using its crest.\n",
                "2024-02-02");
        assertEquals("The town", source(demand, "that the ferry company stop"), "a subjunctive clause");
    }

    @Test
    void whatSomeoneWantsPlansOrRefusesToDo() {
        String text = """
                Dock strike looms

                Marta Ruiz wants to appeal the ruling before the end of the month. The dockers' union plans to                 strike on Friday, and Harbour Minister Ines Duarte declined to comment. The vote is expected to                 pass easily. She vowed to keep the port open.
                """;
        Record r = analyze(text, "2024-02-02");
        assertEquals("Marta Ruiz", speakerName(r, quote(r, "to appeal the ruling")));
        assertEquals("wants", quote(r, "to appeal the ruling").cue().text());
        assertEquals("Ines Duarte", speakerName(r, quote(r, "to comment")));
        assertEquals("Ines Duarte", speakerName(r, quote(r, "to keep the port open")), "she: the last one named");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("to pass")), "a vote intends nothing");
        Record plural = analyze("Ferry\n\nThe deckhands plan to strike on Friday. The new rota aims to cut delays.\n",
                "2024-02-02");
        assertEquals("The deckhands", source(plural, "to strike on Friday"), "people named by a plural noun intend");
        Record has = analyze("Ferry\n\nLena Marsh spoke on Monday. She’s sought to keep the night fare.\n", "2024-02-02");
        assertEquals("Lena Marsh", speakerName(has, quote(has, "to keep the night fare")), "\"’s\" for \"has\"");
        assertTrue(plural.quotes().stream().noneMatch(q -> q.text().startsWith("to cut delays")), "a rota intends nothing");
    }

    @Test
    void singleQuotationMarksAsBritishPapersAndHeadlinesUseThem() {
        String text = """
                Marsh calls ferry plan ‘a costly mistake’

                ‘We are not going back,’ said Ana Ostrova, who speaks for the pilots. The pilots’ vote is on \
                Friday, and Velmont’s mayor, Lena Marsh, has called the plan ‘a costly mistake’.
                """;
        Record r = analyze(text, "2024-02-02");
        assertEquals("Ana Ostrova", speakerName(r, quote(r, "We are not going back")));
        assertEquals(QuoteType.DIRECT, quote(r, "We are not going back").type());
        assertEquals("Lena Marsh", speakerName(r, quote(r, "a costly mistake")), "the headline's partial quotation");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("s vote") || q.text().startsWith("s mayor")),
                "apostrophes are no quotation marks: " + r.quotes());
    }

    @Test
    void shoutingScoldingComparingAndBrandingReport() {
        String text = """
                Pier row

                “Get off the pier!” Tom Reyes yelled at the crowd. Lena Marsh scolded the board: “You never read \
                the report.” Ana Ostrova characterized the plan as “a gift to the shipowners.” Marta Ruiz compared \
                the fare rise to “a tax on islanders.” The pilots' guild branded the ferry company a “rogue \
                operator.”
                """;
        Record r = analyze(text, "2024-02-02");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "Get off the pier")));
        assertEquals("Lena Marsh", speakerName(r, quote(r, "You never read")));
        assertEquals("Ana Ostrova", speakerName(r, quote(r, "a gift to the shipowners")));
        assertEquals("Marta Ruiz", speakerName(r, quote(r, "a tax on islanders")));
        assertEquals("The pilots' guild", source(r, "rogue operator"));
    }

    @Test
    void aClauseOfTimeAfterAQuotationIsNotItsReportingClause() {
        Record r = analyze("Ferry\n\nThe clip shows Tom Reyes saying at the hearing, \"The fare is fair,\" when Lena Marsh "
                + "attacked him.\n", "2024-02-02");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "The fare is fair")));
    }

    @Test
    void youKnowIsAFillerNotAReport() {
        Record r = analyze("Ferry\n\nWell, you know, the ferry was late again. You know the timetable.\n", "2024-02-02");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("the ferry")), r.quotes().toString());
    }

    @Test
    void aPerfectOrProgressiveIntentionAndOneAfterACoordinator() {
        String text = """
                Ferry fares

                The fight over fares is old - Tom Reyes has vowed to cut them, and Lena Marsh is promising to \
                keep them. Ana Ostrova criticized the night fare and vowed to scrap it.
                """;
        Record r = analyze(text, "2024-02-02");
        Quote cut = quote(r, "to cut them");
        assertEquals("Tom Reyes", cut.speakerMention().text(), "a spaced dash is no hyphen inside the source");
        assertEquals("has vowed", cut.cue().text());
        assertEquals("to cut them", cut.text(), "a new clause after \", and\" ends it");
        assertEquals("Lena Marsh", speakerName(r, quote(r, "to keep them")));
        assertEquals("is promising", quote(r, "to keep them").cue().text());
        assertEquals("Ana Ostrova", speakerName(r, quote(r, "to scrap it")), "the subject of the verb before \"and\"");
    }

    @Test
    void progressiveCuesObjectsAfterAdverbsAndWhatSomeoneExpectsOthersToDo() {
        String text = """
                Budget fight

                Senator Lena Marsh has also called for quickly cutting the fuel tax. Marsh called for increased \
                harbour spending. The governor is calling for a vote to settle the matter. Marsh expects prices to \
                rise. Tom Reyes didn't expect her to win.
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("Lena Marsh", speakerName(r, quote(r, "quickly cutting the fuel tax")), "an adverb leads in");
        assertEquals("called for", quote(r, "increased harbour spending").cue().text(), "a participle before a noun");
        assertEquals("is calling for", quote(r, "a vote to settle").cue().text(), "a progressive cue");
        assertEquals("Lena Marsh", speakerName(r, quote(r, "prices to rise")), "an object and what it should do");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "her to win")), "a bare form after its auxiliary");
    }

    @Test
    void aTopicAfterWhenAndHowItWasSaidAndAParticipleSharingAPerfect() {
        String text = """
                Ferry dispute

                Marta Ruiz spoke out Thursday about the late ferries. The guild called Monday for lifting the \
                night curfew. Rosa Lima wrote warmly of her first winter at the lighthouse. The skippers talked for \
                about ten minutes on the jetty. Kari Dahl wrote in March for readers inland. The mayor has \
                praised the guild and called for a second ferry. The pilots, who have sailed the strait for years \
                and argued for a new beacon, met on Sunday.
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("spoke out Thursday about", quote(r, "the late ferries").cue().text(), "a particle and a day");
        assertEquals("Marta Ruiz", speakerName(r, quote(r, "the late ferries")));
        assertEquals("called Monday for", quote(r, "lifting the night curfew").cue().text(), "a day, then asks");
        assertEquals("wrote warmly of", quote(r, "her first winter").cue().text(), "a manner adverb");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("the jetty")), "how long and where");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("readers")), "for whom, not what about");
        assertEquals("a second ferry", quote(r, "a second ferry").text(), "the participle after \"and\" reports");
        assertEquals("the guild", quote(r, "the guild").text(), "and ends the first object");
        assertEquals("called for", quote(r, "a second ferry").cue().text());
        assertEquals("a new beacon", quote(r, "a new beacon").text(), "the main clause resumes after the comma");
        assertEquals("who", source(r, "a new beacon"), "the relative pronoun the perfect's subject");
    }

    @Test
    void aSimplePastAfterAndThatTheTaggerTookForAParticiple() {
        String text = """
                Lighthouse keepers

                Although Lena Marsh branded the new rota “a mess” and called for two more keepers, she signed it. \
                The guild rejected a rota drafted and announced by the port.
                """;
        Record r = analyze(text, "2024-02-11");
        assertEquals("called for", quote(r, "two more keepers").cue().text());
        assertEquals("Lena Marsh", speakerName(r, quote(r, "two more keepers")));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("called for")),
                "the first object ends before the second report: " + r.quotes());
        assertTrue(r.quotes().stream().noneMatch(q -> q.cue() != null && q.cue().text().startsWith("announced")),
                "a participle coordinated with a participle reports nothing: " + r.quotes());
    }

    @Test
    void subjectsWithPartyLabelsAnAsideOfNamesAndANegatedQuantifier() {
        String text = """
                Canal tolls

                Reps. Kari Dahl (R-Utah), Tom Reyes (D-Ill.) and Rosa Lima (D-Maine) all argued that the canal \
                tolls were illegal. As several lock keepers, including Ana Ostrova, have noted, the gates are leaking. Not \
                all bargemen think the tolls will fall.
                """;
        Record r = analyze(text, "2024-03-04");
        assertEquals("Reps. Kari Dahl (R-Utah), Tom Reyes (D-Ill.) and Rosa Lima (D-Maine)",
                source(r, "that the canal tolls"), "every conjunct and its label");
        assertEquals("several lock keepers, including Ana Ostrova,", source(r, "the gates are leaking"),
                "the subject after the opening subordinator, with its aside");
        assertEquals("Not all bargemen", source(r, "the tolls will fall"));
    }

    @Test
    void aReportInsideARelativeClauseReportsTheRestOfThatClause() {
        String text = """
                Ferry fares

                Marta Ruiz blamed the new fares, which she said had halved the number of riders. The guild \
                called it what the pilots believe is a breach of contract.
                """;
        Record r = analyze(text, "2024-03-05");
        Quote fares = quote(r, "had halved the number");
        assertEquals("had halved the number of riders", fares.text());
        assertEquals("Marta Ruiz", speakerName(r, fares));
        assertEquals("said", fares.cue().text());
        assertEquals("the pilots", source(r, "is a breach of contract"));
    }

    @Test
    void aTextThatReadsSpeaksOnlyWhereReadEndsTheClause() {
        String text = """
                Harbour notices

                “No mooring past the red buoys,” the new sign on the jetty reads, “by order of the harbour board.”

                “Storm warning for the whole coast.” Kari Dahl read the bulletin twice before she left.
                """;
        Record r = analyze(text, "2024-03-06");
        assertEquals("reads", quote(r, "No mooring past").cue().text());
        assertEquals("the new sign on the jetty", quote(r, "No mooring past").speakerMention().text());
        assertEquals("reads", quote(r, "by order of").cue().text(), "the second part of the interrupted quotation");
        assertNull(quote(r, "Storm warning").speaker(), "reading a bulletin is no report of it");
    }

    @Test
    void documentSubjectsWithAMannerAdverbOrAnAsideInDashes() {
        String text = """
                Pilot shortage

                Night crossings fell by half in the winter, a Gazette review of recently published logbooks shows. \
                The rota for the spring -- drawn up by the guild in March -- suggests that four pilots will retire.
                """;
        Record r = analyze(text, "2024-03-07");
        assertEquals("a Gazette review of recently published logbooks", source(r, "Night crossings fell"));
        assertEquals("The rota for the spring -- drawn up by the guild in March --",
                source(r, "that four pilots will retire"));
    }

    @Test
    void sidingWithSomeoneQuantifiersAsSubjectsAndAnOpeningMarkLeftBehind() {
        String text = """
                Ferry board

                Kari Dahl agreed with the harbour master about the winter timetable. After the vote, most said \
                the timetable had been rushed. Lena Marsh said the board would meet again in May. ''We owe the \
                islanders an answer,'' she said.
                """;
        Record r = analyze(text, "2024-03-08");
        Quote sided = quote(r, "the harbour master");
        assertEquals("agreed with", sided.cue().text());
        assertEquals("Kari Dahl", speakerName(r, sided));
        assertEquals("most", source(r, "the timetable had been rushed"));
        Quote may = quote(r, "the board would meet");
        assertEquals("the board would meet again in May", may.text(), "the next quotation's opening mark is not ours");
        assertEquals(QuoteType.INDIRECT, may.type());
        assertEquals("Lena Marsh", speakerName(r, quote(r, "We owe the islanders")));
    }

    @Test
    void aReportingClauseInsideTheSentenceWithWhomItToldAndWhen() {
        String text = """
                Timetable

                The new timetable, Ana Ostrova told the Gazette on Monday, was drawn up without the pilots.
                """;
        Record r = analyze(text, "2024-03-09");
        assertEquals("told", quote(r, "The new timetable").cue().text());
        assertEquals("Ana Ostrova", speakerName(r, quote(r, "The new timetable")));
        assertEquals("was drawn up without the pilots", quote(r, "was drawn up").text());
        assertEquals("told", quote(r, "was drawn up").cue().text());
    }

    @Test
    void aParticipleLedByAnAdverbIsAReportOfItsOwn() {
        String text = """
                Timetable

                Ana Ostrova criticized the new winter timetable, even suggesting that she might resign.
                """;
        Record r = analyze(text, "2024-03-10");
        assertEquals("the new winter timetable", quote(r, "the new winter").text());
        assertEquals("that she might resign", quote(r, "that she might").text());
    }

    @Test
    void anAdverbialClauseBeforeTheSubjectIsNotWhatWasSaid() {
        String text = """
                Subsidy

                After the harbour board raised the berth fees, the skippers said no. Kari Dahl said the fees \
                would rise again.
                """;
        Record r = analyze(text, "2024-03-11");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("raised the berth fees")),
                "when it was said, not what: " + r.quotes());
        assertEquals("Kari Dahl", speakerName(r, quote(r, "the fees would rise")));
    }

    @Test
    void askingSomeoneAboutSomething() {
        String text = """
                Harbour funds

                At the hearing, Lena Marsh asked the treasurer about the missing harbour funds. The clerk will \
                warn us on Monday about the tides.
                """;
        Record r = analyze(text, "2024-03-12");
        Quote asked = quote(r, "the missing harbour funds");
        assertEquals("asked the treasurer about", asked.cue().text());
        assertEquals("Lena Marsh", speakerName(r, asked));
        assertEquals("the missing harbour funds", asked.text());
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("us on Monday")), "no topic after a time: "
                + r.quotes());
    }

    @Test
    void aParenthesisAfterTheSourceIsPartOfItOnlyWhenItIsALabel() {
        String text = """
                Pier safety

                “The pier is safe,” said Tom Reyes (a claim the guild disputes). “The fees are too high,” said Sen. \
                Kari Dahl (D-Maine). Lena Marsh (who chairs the board) said the fees would stay.
                """;
        Record r = analyze(text, "2024-03-13");
        assertEquals("Tom Reyes", quote(r, "The pier is safe").speakerMention().text());
        assertEquals("Sen. Kari Dahl (D-Maine)", quote(r, "The fees are too high").speakerMention().text());
        assertEquals("Lena Marsh", speakerName(r, quote(r, "the fees would stay")));
    }

    @Test
    void aRelativeClauseThatReportsIsNoPartOfTheSource() {
        String text = """
                Pier safety

                “The beams are rotten,” said Tom Reyes, who warned that the pier could fall. Lena Marsh, who \
                believes that the fees are unfair, said the board would meet in May. Kari Dahl, who chairs the \
                board, said the fees would stay.
                """;
        Record r = analyze(text, "2024-03-14");
        assertEquals("Tom Reyes", quote(r, "The beams are rotten").speakerMention().text());
        assertEquals("Lena Marsh", source(r, "the board would meet"));
        assertEquals("Kari Dahl, who chairs the board,", source(r, "the fees would stay"), "a clause that describes");
        assertEquals("warned", quote(r, "that the pier could fall").cue().text(), "the clause's own report");
    }

    @Test
    void aSubjectBeforeAParticipleAndItsPhrase() {
        String text = """
                Port fees

                Skippers waiting at the northern lock said the fees were too high. Ana Reis, standing by the \
                gate, said the lock would reopen. Clerks processing claims for the toll on the old bridge agreed \
                that the forms were too long.
                """;
        Record r = analyze(text, "2024-03-15");
        // A participle's phrase restricts the noun as a relative clause does ("Skippers who wait at ..."): it is
        // part of the source, and the place in it is no speaker.
        assertEquals("Skippers waiting at the northern lock", source(r, "the fees were too high"));
        assertNull(quote(r, "the fees were too high").speaker(), "not the place in the participle's phrase");
        assertEquals("Clerks processing claims for the toll on the old bridge", source(r, "that the forms were too long"),
                "past the participle's object and phrases");
        assertEquals("Ana Reis", speakerName(r, quote(r, "the lock would reopen")));
    }

    @Test
    void castingSomeoneAsQuotedWordsIsAView() {
        String text = """
                Harbour board

                Kari Dahl has repeatedly gone after the harbour board as “careless with our money” this winter. \
                Tom Reyes praises the old pier as a “masterpiece.” The pilots use the harbour as a place of work.
                """;
        Record r = analyze(text, "2024-03-16");
        Quote board = quote(r, "the harbour board as");
        assertEquals("the harbour board as “careless with our money”", board.text());
        assertEquals("has repeatedly gone after", board.cue().text());
        assertEquals("Kari Dahl", speakerName(r, board));
        assertEquals("Tom Reyes", speakerName(r, quote(r, "the old pier as")));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("place of work")), "no quote marks, no view");
    }

    @Test
    void aContrastAfterTheObjectIsTheWritersNotTheReport() {
        String text = """
                Correction

                Ana Ostrova is calling for a recount of the harbour vote, not a new election.
                """;
        Record r = analyze(text, "2024-03-17");
        Quote recount = quote(r, "a recount");
        assertEquals("Ana Ostrova", recount.speakerMention().text());
        assertEquals("a recount of the harbour vote", recount.text(), "the contrast after the comma is the writer's");
    }

    @Test
    void whereItWasSaidEndsWhatWasSaid() {
        String text = """
                Fares

                The pilots' guild criticized the fare rise on its website. Kari Dahl praised the new ferry in a \
                podcast.
                """;
        Record r = analyze(text, "2024-03-18");
        assertEquals("the fare rise", quote(r, "the fare rise").text());
        assertEquals("the new ferry", quote(r, "the new ferry").text());
    }

    @Test
    void accordingToInTheMiddleReportsTheClausesOnEitherSide() {
        String text = """
                Ferry use

                Ferry use fell by a third in 2023, according to the harbour board, and night crossings stopped \
                altogether. Fares rose by half, according to the pilots' guild, more than in any year since 1990. \
                The ferry timetable is out of date -- and in places simply false -- according to a review by the guild.
                """;
        Record r = analyze(text, "2024-03-19");
        assertEquals("according to", quote(r, "Ferry use fell").cue().text());
        assertEquals("the harbour board", quote(r, "Ferry use fell").speakerMention().text());
        assertEquals("night crossings stopped altogether", quote(r, "night crossings").text(), "the clause after it");
        assertEquals("Fares rose by half", quote(r, "Fares rose").text());
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("more than in any year")),
                "no clause after it: " + r.quotes());
        assertEquals("The ferry timetable is out of date -- and in places simply false --", quote(r, "The ferry timetable").text());
    }

    @Test
    void accordingToANameAndItsLabel() {
        Record r = analyze("Ferries\n\nNight crossings stopped in May, according to the Harbour Users Alliance (HUA).",
                "2024-03-20");
        assertEquals("the Harbour Users Alliance (HUA)", quote(r, "Night crossings").speakerMention().text());
    }

    @Test
    void aNounPhraseAndItsReportingClauseIsAReport() {
        String text = """
                Ferry

                Who should run the night ferry? The harbour board and nobody else, Kari Dahl said. In the morning, \
                she said.
                """;
        Record r = analyze(text, "2024-03-21");
        Quote board = quote(r, "The harbour board");
        assertEquals("The harbour board and nobody else", board.text());
        assertEquals("Kari Dahl", speakerName(r, board));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("In the morning")), "a time is no answer");
    }

    @Test
    void aSubjectWithARelativeClauseThatHasNoRelativeWord() {
        String text = """
                Pier

                In the end, all the pilots I asked said the pier was unsafe. The skippers we met agreed \
                that the fees were too high.
                """;
        Record r = analyze(text, "2024-03-22");
        assertEquals("all the pilots I asked", source(r, "the pier was unsafe"));
        assertEquals("The skippers we met", source(r, "that the fees were too high"));
    }

    @Test
    void aClauseWithNoRelativeWordMayRunOnAndHaveANounPhraseForSubject() {
        Record r = analyze("""
                Pier

                A number of skippers I talked with last month about the toll said it was unfair. Several people the \
                guild has tried to reach about the rota have said that it is unsafe. Her views were echoed by \
                clerks I met in May, as they were earlier by the pilots. Mr. Tom Reyes said the museum would \
                document the strike. Radio host Ana Reis asked the skippers to discuss the toll.
                """, "2024-03-22");
        assertEquals("A number of skippers I talked with last month about the toll", source(r, "it was unfair"));
        assertEquals("Several people the guild has tried to reach about the rota", source(r, "that it is unsafe"));
        assertEquals("clerks I met in May", source(r, "Her views"));
        assertEquals("the museum", source(r, "the strike"), "a clause the sentence's subject reports");
        assertTrue(r.quotes().stream().noneMatch(q -> q.speakerMention() != null
                && q.speakerMention().text().endsWith("the skippers to")), "an infinitive's subject is no clause");
    }

    @Test
    void anAppositionWithAParticipleBeforeItsNounStaysWithItsName() {
        Record r = analyze("""
                Fees

                Ana Reis, a retired skipper and adviser to the Harbour Alliance, which is made up of pilots, \
                said the fees were unfair.
                """, "2024-03-22");
        assertEquals("Ana Reis, a retired skipper and adviser to the Harbour Alliance,",
                source(r, "the fees were unfair"));
        assertEquals("Ana Reis", speakerName(r, quote(r, "the fees were unfair")));
    }

    @Test
    void aParticipleSpeaksForTheSubjectPastItsRelativeClause() {
        String text = """
                Ferry

                Night pilots who have long opposed the toll have backed the new ferry, saying that the old one \
                is unsafe.
                """;
        Record r = analyze(text, "2024-03-23");
        assertEquals("Night pilots who have long opposed the toll", source(r, "that the old one is unsafe"));
    }

    @Test
    void aNameInAnAsideThatOpensWithAPrepositionIsNoSubject() {
        String text = """
                Rota

                Harbour master Ana Reis, like Tom Reyes, has urged the pilots to accept the new rota. Lena Marsh, \
                unlike Kari Dahl, said the fees would rise.
                """;
        Record r = analyze(text, "2024-03-24");
        assertEquals("Ana Reis", speakerName(r, quote(r, "the pilots to accept")));
        assertEquals("Lena Marsh", speakerName(r, quote(r, "the fees would rise")));
    }

    @Test
    void aSubjectWithAnAsideOfNamesAfterAnOpeningPhraseAndNoSumOfMoney() {
        String text = """
                Ferry lines

                By March, ferry companies, including Velmont Lines, said they would cut routes. That is a sliver of \
                the $9 million builders say it would cost. In the end, the pilots' guild, including Kari Dahl, \
                declared victory.
                """;
        Record r = analyze(text, "2024-03-25");
        assertEquals("ferry companies, including Velmont Lines,", source(r, "they would cut routes"));
        assertEquals("builders", source(r, "it would cost"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().equals("In the end")), "no fragment before an object");
    }

    @Test
    void oneOfAGroupNamedByATitleBeforeTheName() {
        Record r = analyze("Pier\n\nOn Monday, one of the guild's pilots, Tom Reyes, said the pier was unsafe.",
                "2024-03-26");
        assertEquals("one of the guild's pilots, Tom Reyes,", source(r, "the pier was unsafe"));
        assertEquals("Tom Reyes", speakerName(r, quote(r, "the pier was unsafe")));
    }

    @Test
    void aTitleAfterTheWorkItNamesIsNoQuote() {
        Record r = analyze("Harbour\n\nIn her 2019 memoir, “Salt and Harbour Lights,” Ana Reis argued that the port "
                + "needed a second pier.", "2024-03-27");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("Salt and Harbour")), r.quotes().toString());
        assertEquals("Ana Reis", speakerName(r, quote(r, "that the port needed")));
    }

    @Test
    void aParticipleSpeaksForTheFirstReportNotOneReportedInsideIt() {
        Record r = analyze("Fees\n\nKari Dahl said Tom Reyes doubted the fees would fall, adding that the port "
                + "needed the money.", "2024-03-28");
        assertEquals("Kari Dahl", speakerName(r, quote(r, "that the port needed")));
    }

    @Test
    void anOpeningParticiplePhraseEndingInsideQuoteMarks() {
        Record r = analyze("Pier\n\nAfter saying the pier was “far too old to save,” Lena Marsh left the board.",
                "2024-03-29");
        Quote said = quote(r, "the pier was");
        assertEquals("the pier was “far too old to save,”", said.text());
        assertEquals("Lena Marsh", speakerName(r, said));
    }

    @Test
    void aCommonNounSubjectPastWhatTheCommasSetOff() {
        String text = """
                Berth fees

                The harbour master, for one, has loudly condemned the new berth fees. The survey, which \
                polls deckhands every spring, found that most of them opposed the fees. The skipper of the \
                Velmont ferry, Tom Reyes, said the fees were fair.
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("The harbour master", source(r, "the new berth fees"), "an adverbial set off by commas");
        assertTrue(source(r, "that most of them opposed").startsWith("The survey"), "a relative clause");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "the fees were fair")), "a name before the verb still wins");
    }

    @Test
    void anIntentionAfterAndEndsTheReportBeforeItAndHasItsSubject() {
        String text = """
                Levy

                Marta Ruiz proposes scrapping the harbour levy, and plans to cut the berth fees by half. Tom Reyes \
                is wary of the new ferry and expects it to run late most winters. Lena Marsh praised the guild and \
                wants to double the night shifts.
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("Marta Ruiz", speakerName(r, quote(r, "to cut the berth fees")));
        assertEquals("Tom Reyes", speakerName(r, quote(r, "it to run late")), "an object, then what it should do");
        assertEquals("the guild", quote(r, "the guild").text(), "the praise ends where the intention begins");
        assertEquals("Lena Marsh", speakerName(r, quote(r, "to double the night shifts")));
    }

    @Test
    void aSecondReportWithItsOwnSubjectEndsTheFirst() {
        String text = """
                Pier repairs

                Marta Ruiz said the repairs would take a month — and she noted that the ferries would keep \
                running. Tom Reyes said the council would fund the repairs this spring, and he urged the guild to \
                end the strike. Lena Marsh stressed that the pier was safe, and the dockers warned that the cranes \
                were failing. Kari Dahl said that Velmont and its fishermen oppose the levy. When he praised the \
                old harbour, the mayor said the new one was too small. Rosa Lima agreed, but also argued that the \
                fees were too high.
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("the repairs would take a month", quote(r, "the repairs would").text(), "a dash and \"and\"");
        assertEquals("Marta Ruiz", speakerName(r, quote(r, "that the ferries would keep")));
        assertEquals("the council would fund the repairs this spring", quote(r, "the council would fund").text());
        assertEquals("that the pier was safe", quote(r, "that the pier was safe").text());
        assertEquals("the dockers", source(r, "that the cranes were failing"));
        assertEquals("that Velmont and its fishermen oppose the levy", quote(r, "that Velmont").text(),
                "one subject of two nouns is no second report");
        assertEquals("the old harbour", quote(r, "the old harbour").text(), "an object ends where a clause begins");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("but")), "agreeing is not what follows");
        assertEquals("Rosa Lima", speakerName(r, quote(r, "that the fees were too high")));
    }

    @Test
    void aFloatingQuantifierAPlaceAfterTheSourceAndAClauseBetweenCommas() {
        String text = """
                Ferry levy

                Ana Reis and Tom Reyes both argued that the levy was unfair. The deckhands all said the ferries \
                ran late. The levy passed with little fuss, said one clerk at the harbour office. The ferry plan \
                got a cold reception from Kari Dahl, and the talks broke down soon after, said a pilot in the hall.
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("Ana Reis and Tom Reyes", source(r, "that the levy was unfair"), "\"both\" after the subject");
        assertEquals("The deckhands", source(r, "the ferries ran late"), "\"all\" after the subject");
        assertEquals("one clerk at the harbour office", source(r, "The levy passed"), "where the source works");
        assertEquals("a pilot in the hall", source(r, "The ferry plan got"),
                "a clause between the commas leaves the name before them alone");
        Record more = analyze("""
                Pier

                The pier will close, said a spokeswoman for the harbour board. The fees will rise, said a member \
                of the board. The ferries will run, said Ana Reis on the radio.
                """, "2024-01-15");
        assertEquals("a spokeswoman for the harbour board", source(more, "The pier will close"));
        assertEquals("a member of the board", source(more, "The fees will rise"));
        assertEquals("Ana Reis", source(more, "The ferries will run"), "where a named source spoke is not who");
        Record quoted = analyze("""
                Pier

                “The pier will close,” said one source on the harbour board. “The fees will rise,” wrote Ana Reis \
                for the Velmont Gazette.
                """, "2024-01-15");
        assertEquals("one source on the harbour board", source(quoted, "The pier will close"), "after a quotation");
        assertEquals("Ana Reis", source(quoted, "The fees will rise"), "whom a named source writes for is not who");
    }

    @Test
    void anAppositionBelongsToTheSourceWhereverItsCueStands() {
        String text = """
                Pier closed

                Tom Reyes, her rival in the race, bemoaned the delay and said the pier was unsafe. Kari Dahl, head \
                of the pilots' guild, closed the pier on Monday, saying the cranes were failing. “We will reopen \
                it,” said Lena Marsh, the harbour master, in a statement.
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("Tom Reyes, her rival in the race,", source(r, "the pier was unsafe"), "a cue after \"and\"");
        assertEquals("Kari Dahl, head of the pilots' guild,", source(r, "the cranes were failing"), "a participle");
        assertEquals("Lena Marsh, the harbour master,", source(r, "We will reopen"), "its closing comma before a setting");
    }

    @Test
    void anInvertedSaidBeforeAColonAndACompoundAgeInADescription() {
        String text = """
                Ferries

                The council has ignored the ferry question for years. Said Kari Dahl: “I don’t think they care \
                about the islands at all.”

                The 41-year-old mother of two replied, "It was never meant for them."
                """;
        Record r = analyze(text, "2024-01-15");
        Quote dahl = quote(r, "I don’t think they care");
        assertEquals("Said", dahl.cue().text(), "the verb before its subject");
        assertEquals("Kari Dahl", dahl.speakerMention().text());
        assertEquals("Kari Dahl", speakerName(r, dahl));
        assertEquals("The 41-year-old mother of two", source(r, "It was never meant"), "hyphens and a number");
    }

    @Test
    void aRelativeClauseWithoutCommasInsideTheSubject() {
        String text = """
                Levy survey

                A 2019 survey that appeared in the Velmont Gazette found that most dockers opposed the levy. Ferry \
                firms that had insured the old pier agreed that the repairs were overdue.
                """;
        Record r = analyze(text, "2024-01-15");
        Quote survey = quote(r, "that most dockers opposed");
        assertEquals("A 2019 survey that appeared in the Velmont Gazette", survey.speakerMention().text());
        assertNull(speakerName(r, survey), "the paper the survey appeared in did not find it");
        assertEquals("Ferry firms that had insured the old pier", source(r, "that the repairs were overdue"));
    }

    @Test
    void accordingToASourceWithAnAppositionOrASlash() {
        String text = """
                Levy

                Most dockers oppose the levy, according to a Velmont Times/Harbour News survey taken in May. \
                The levy would raise little money, according to a study by Ana Reis, a former harbour clerk now \
                lecturing at Velmont College. According to Tom Reyes, head of the pilots guild, the pier will \
                stay closed until May.
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("a Velmont Times/Harbour News survey taken in May", source(r, "Most dockers oppose"));
        assertEquals("a study by Ana Reis, a former harbour clerk now lecturing at Velmont College",
                source(r, "The levy would raise"));
        Quote pier = quote(r, "the pier will stay closed");
        assertEquals("Tom Reyes, head of the pilots guild,", pier.speakerMention().text());
        assertEquals("the pier will stay closed until May", pier.text(), "the apposition is not what was said");
    }

    @Test
    void mixedSpeechWithACommaInsideTheClosingMarks() {
        String text = """
                Harbour

                The harbour “has changed a great deal for the better,” Marta Ruiz said. Rosa Lima said the levy \
                “is a foolish scheme,” adding that it would drive the ferries away. Ana Reis praised the \
                ferry, saying that the new hull was a “marvel of the yard.”
                """;
        Record r = analyze(text, "2024-01-15");
        Quote lead = quote(r, "The harbour “has changed");
        assertEquals("The harbour “has changed a great deal for the better,”", lead.text(), "the writer's words lead in");
        assertEquals("Marta Ruiz", speakerName(r, lead));
        assertEquals("the levy “is a foolish scheme,”", quote(r, "the levy “is").text(), "the participle ends it");
        assertEquals("Rosa Lima", speakerName(r, quote(r, "that it would drive")));
        assertEquals("the ferry", quote(r, "the ferry").text(), "\"that\" after the participle is not the praise's");
        Record after = analyze("Port\n\nBoth parties “saw the port as a lifeline,” said Tom Reyes.\n", "2024-01-15");
        assertEquals("Tom Reyes", speakerName(after, quote(after, "Both parties “saw")), "the cue before its subject");
    }

    @Test
    void wordsQuotedInsideTheWritersNextSentenceKeepTheSpeakerButNotTheCue() {
        String text = """
                Pier

                “The fares are too high,” Lena Marsh said. The pier has seen “the long wait” every winter. “We \
                will keep asking.”
                """;
        Record r = analyze(text, "2024-01-15");
        Quote wait = quote(r, "the long wait");
        assertEquals("Lena Marsh", speakerName(r, wait));
        assertNull(wait.cue(), "\"said\" reports the sentence before");
        assertEquals("said", quote(r, "We will keep asking").cue().text(), "a whole quotation continues the report");
    }

    @Test
    void aCourtRulesAndAFactCheckerRates() {
        String text = """
                Levy

                The port tribunal ruled that the levy broke the harbour charter. The fact-checkers rated the \
                mayor's claim as “mostly false.”
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("The port tribunal", source(r, "that the levy broke"));
        assertEquals("rated", quote(r, "mostly false").cue().text());
        assertEquals("The fact-checkers", source(r, "mostly false"));
    }

    @Test
    void aClauseOfTheWritersEndsTheSecondPartOfAReport() {
        String text = """
                Pier

                The new pier, Marta Ruiz said, will open in May, although the cranes have not arrived.
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("will open in May", quote(r, "will open").text());
        assertEquals("Marta Ruiz", speakerName(r, quote(r, "will open")));
    }

    @Test
    void aThatAfterTheObjectIsTheObjectsNotTheReportsClause() {
        String text = """
                Pier

                Kari Dahl rejects the notion that the pier was ever safe. Tom Reyes has denounced exemptions that \
                favour the ferry firms. Ana Reis said on Monday that the pier would close.
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("the notion that the pier was ever safe", quote(r, "the notion").text());
        assertEquals("exemptions that favour the ferry firms", quote(r, "exemptions").text());
        assertEquals("that the pier would close", quote(r, "that the pier would").text(), "after an adverbial");
        Record about = analyze("Pier\n\nMarta Ruiz has said about 20 pilots have asked for the job.\n", "2024-01-15");
        assertEquals("has said", quote(about, "about 20 pilots").cue().text(), "\"about\" a number is how many");
    }

    @Test
    void aHyphenatedObjectAndAParagraphIntroducedByAColon() {
        String text = """
                Fees

                Ana Reis has loudly condemned long-standing berth fees like the night levy.

                The governor added:

                It is typical of the council. They know nothing about ferries.

                “We will not pay,” Tom Reyes said. He went on:

                “Not this year, not next year.”
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("long-standing berth fees like the night levy", quote(r, "long-standing").text());
        Quote block = quote(r, "It is typical");
        assertEquals("It is typical of the council. They know nothing about ferries.", block.text());
        assertEquals("The governor", block.speakerMention().text());
        assertTrue(r.quotes().stream().noneMatch(q -> q.type() == QuoteType.INDIRECT && q.text().startsWith("“Not")),
                "a quoted paragraph is the quote rules' own");
    }

    @Test
    void anAsideBetweenDashesAndARelativeClauseAfterAPreposition() {
        String text = """
                Pier

                Tom Reyes -- even as he praises the old pier -- has proposed a new one. Kari Dahl has assumed a new \
                post, in which she advises the harbour board.
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("Tom Reyes", source(r, "a new one"), "an aside with a verb of its own is not the source");
        assertEquals("the old pier", quote(r, "the old pier").text(), "what is praised ends with the aside");
        assertTrue(r.quotes().stream().noneMatch(q -> q.cue() != null && q.cue().text().contains("assumed")),
                "\"in which she advises\" is no clause that taking a post reports: " + r.quotes());
    }

    @Test
    void aParticipleAfterTheMainClauseTakesItsSubjectNotTheFirstName() {
        String text = """
                Pier

                Dockers marched through the streets of Velmont, chanting “No levy, no ferry.” In the harbour, small \
                groups of dockers gathered near the statue of Tom Reyes, chanting “Open the pier.”
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("Dockers", source(r, "No levy, no ferry"), "a subject that names no one in particular");
        assertEquals("small groups of dockers", source(r, "Open the pier"), "not the name in the object");
        Record clerk = analyze("Pier\n\nTom Reyes was curt when asked about a clerk who said he was never paid, saying, "
                + "“He did not finish the work.”\n", "2024-01-15");
        assertEquals("Tom Reyes", speakerName(clerk, quote(clerk, "He did not finish")), "not the relative clause's cue");
    }

    @Test
    void aSourceWithASecondRelativeClauseJoinedByAnd() {
        String text = """
                Port film

                “This story is told too rarely,” Tomas Berg, the director of the Velmont port museum and whose \
                family worked the docks, told reporters.
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("Tomas Berg", speakerName(r, quote(r, "This story is told")));
    }

    @Test
    void anAdverbBeforeTheCueAndWordsThatOpenTheSource() {
        String text = """
                Harbour vote

                Lena K. Ostrova, the head of the Velmont Dockers Guild, forcefully told the council that it \
                would fail. Nearly nine of 10 dockers say the port should stay public. Advisers to Mr. Lopes say he \
                will run again.
                """;
        Record r = analyze(text, "2024-01-15");
        Quote fail = quote(r, "that it would fail");
        assertEquals("forcefully told", fail.cue().text(), "a manner adverb leads into the cue");
        assertEquals("Lena K. Ostrova, the head of the Velmont Dockers Guild,", fail.speakerMention().text(),
                "the apposition past the adverb");
        assertEquals("Nearly nine of 10 dockers", source(r, "the port should stay public"), "an adverb bounding a number");
        assertEquals("Advisers to Mr. Lopes", source(r, "he will run again"), "a capitalised noun opening the sentence");
    }

    @Test
    void aHeadlineLabelAndATimeThatIsNoTopic() {
        String text = """
                Poll: Velmont Voters Turn Against Harbour Sale

                The mayor of Velmont spoke on Monday. She talked about the sale.
                """;
        Record r = analyze(text, "2024-01-15");
        Quote poll = quote(r, "Velmont Voters Turn");
        assertEquals("Poll", poll.speakerMention().text(), "a short capitalised label opening a headline");
        assertEquals(":", poll.cue().text());
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().equals("Monday")), "when it was said: " + r.quotes());
        assertEquals("the sale", quote(r, "the sale").text(), "what she talked about");
        Record stopped = analyze("Poll: Velmont Dockers Back the Strike.\n\nThe dockers met on Monday.\n", "2024-01-15");
        assertEquals("Velmont Dockers Back the Strike", quote(stopped, "Velmont Dockers").text(),
                "a headline's words, without a closing full stop");
    }

    @Test
    void aTitleCaseHeadlineIsReadInTheCaseOfTheStory() {
        String text = """
                Velmont Will Recall Its Delivery Vans, Transport Safety Board Says

                The transport safety board said on Tuesday that Velmont Motors would recall 12,000 delivery vans \
                after brake failures. The company says the vans are safe to drive but will replace the brakes.
                """;
        Record r = analyze(text, "2024-03-05");
        Quote headline = quote(r, "Velmont Will Recall Its Delivery Vans");
        assertEquals("Says", headline.cue().text(), "the headline's verb, not the end of a name");
        assertEquals("Transport Safety Board", headline.speakerMention().text());
        assertTrue(Analyses.names(r).stream().noneMatch(n -> n.contains("Recall") || n.contains("Says")),
                "no name made of the headline's words: " + Analyses.names(r));
    }

    @Test
    void aMemberOfThePublicIsNamedWithAgeAndHome() {
        String text = """
                Night ferry returns

                Tom Reyes, 47, of Velmont, Ore., who rode the first boat, said the crossing was calm.

                Lena Marsh, of Halvorsen, Minn., said she had waited "for years."

                "It runs on time," said Marta Ruiz, 41, of Brixton, Vt.

                "Nobody asked the crews," said Ana Ostrova, now an adviser to two ferry firms in Brixton.
                """;
        Record r = analyze(text, "2024-03-05");
        Quote calm = quote(r, "the crossing was calm");
        assertEquals("Tom Reyes", speakerName(r, calm), "the name before the age and town, not the town");
        assertTrue(calm.speakerMention().text().startsWith("Tom Reyes, 47, of Velmont, Ore."), calm.speakerMention().text());
        assertEquals("Lena Marsh", speakerName(r, quote(r, "she had waited")), "the town is no speaker");
        Quote time = quote(r, "It runs on time");
        assertEquals("Marta Ruiz", speakerName(r, time));
        assertTrue(time.speakerMention().text().startsWith("Marta Ruiz, 41, of Brixton"), time.speakerMention().text());
        assertEquals("Ana Ostrova, now an adviser to two ferry firms in Brixton",
                quote(r, "Nobody asked the crews").speakerMention().text(), "an apposition led by \"now\"");
    }

    @Test
    void theSourceIsTheWholeSubject() {
        String text = """
                Harbour sale

                The Council for a Fair Harbour Budget reported that the sale would cost the city $40 million. Many \
                dockers involved in the talks assumed that the port would stay public. Pilots, including the Velmont \
                Pilots Guild, have warned that fees will rise. Those close to the mayor say she will sign. Last week \
                the union said it would strike. In Velmont, Lena Marsh said the vote was fair.

                The port is quiet, but a survey run by the Institute for Harbour Studies found that fees rose. \
                In 2019, a study by Velmont University and the University of Ardent found that fees fell. Tom Reyes, \
                president of the Velmont Dockers Union, which represents 3,000 dockers, said the strike would go on.
                """;
        Record r = analyze(text, "2024-03-05");
        assertEquals("The Council for a Fair Harbour Budget", source(r, "that the sale would cost"));
        assertEquals("Many dockers involved in the talks", source(r, "that the port would stay public"));
        assertEquals("Pilots, including the Velmont Pilots Guild,", source(r, "that fees will rise"));
        assertEquals("Those close to the mayor", source(r, "she will sign"));
        assertEquals("the union", source(r, "it would strike"), "a time opening the sentence is not the source's");
        assertEquals("Lena Marsh", source(r, "the vote was fair"), "nor is a place");
        assertEquals("a survey run by the Institute for Harbour Studies", source(r, "that fees rose"),
                "the subject of the clause after \"but\"");
        assertEquals("a study by Velmont University and the University of Ardent", source(r, "that fees fell"),
                "the subject after an opening time");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "the strike would go on")), "an apposition is no clause");
        Record poll = analyze("Harbour poll\n\nThe newest Gazette survey published Friday found that Reyes leads the race.\n",
                "2024-03-05");
        assertEquals("The newest Gazette survey published Friday", source(poll, "that Reyes leads"),
                "a participle and its time inside the subject");
    }

    @Test
    void asSomeonePutItReports() {
        String text = """
                Harbour sale

                The sale is "a gift to the shipping lines," as Lena Marsh put it.

                "Nobody asked the dockers," as Tom Reyes recently put it.

                As Kari Dahl, a ferry captain and the head of the Velmont pilots' guild, once put it, "We are tired."

                Marta Ruiz put it on the table before the vote.
                """;
        Record r = analyze(text, "2024-03-05");
        Quote gift = quote(r, "a gift to the shipping lines");
        assertEquals("Lena Marsh", speakerName(r, gift));
        assertEquals("put it", gift.cue().text());
        assertEquals("Tom Reyes", speakerName(r, quote(r, "Nobody asked the dockers")));
        assertEquals("Kari Dahl", speakerName(r, quote(r, "We are tired")), "past a long apposition");
        assertTrue(r.quotes().stream().noneMatch(q -> q.cue() != null && q.cue().text().contains("put it on")),
                "putting a thing somewhere reports nothing: " + r.quotes());
        assertTrue(r.quotes().stream().allMatch(q -> q.span().end() < text.indexOf("Marta Ruiz")), r.quotes().toString());
    }

    @Test
    void aQuotationEndingInAQuotationInsideItIsAttributedAfterIt() {
        String text = """
                Harbour hearing

                Sen. Lena Marsh scolded him: “The port is almost empty of the boats you kept calling ‘bargains,’” she \
                said. “Call a rusty tug a bargain once, and nobody trusts the next offer.”

                “You claim you ‘own the mistake, then blame the night shift for it,’” Reyes said.

                “This story isn’t only in our ports, it’s in the papers, which keep printing the word thieves,” Ana \
                Ostrova, the director at the Centre of Harbour Justice and whose work is also in the film, told the \
                Gazette.
                """;
        Record r = analyze(text, "2024-03-05");
        // The tokenizer joins "’”" into one token; the quote's marks are found inside it.
        Quote bargains = quote(r, "The port is almost empty");
        assertEquals("said", bargains.cue().text(), "the report after the quotation, not the colon before it");
        assertEquals("Lena Marsh", speakerName(r, bargains));
        assertEquals("Lena Marsh", speakerName(r, quote(r, "Call a rusty tug a bargain")));
        assertEquals("Reyes", quote(r, "You claim you").speakerMention().text());
        assertEquals("told", quote(r, "This story isn’t only").cue().text(), "a long apposition before the cue");
    }

    @Test
    void aClauseEndingInAColonIntroducesTheQuotationButOnlyALabelSpeaksAlone() {
        String text = """
                Harbour hearing

                Marta Ruiz gave a short reply: “The port belongs to the town.”

                Lena Marsh said she has what the job needs: “Patience, and a lot of it.”

                Harbour master Tom Reyes: “We open at six, and we close when the last ferry is in.”
                """;
        Record r = analyze(text, "2024-03-05");
        Quote port = quote(r, "The port belongs to the town");
        assertEquals("Marta Ruiz", speakerName(r, port));
        assertEquals("gave a short reply:", port.cue().text());
        Quote patience = quote(r, "Patience, and a lot of it");
        assertNotEquals("what the job needs", patience.speakerMention() == null ? null : patience.speakerMention().text(),
                "what comes before a colon inside a sentence is no label");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "We open at six")), "a label opening its line");
    }

    @Test
    void aPartyAndStateTagDoesNotEndTheSentence() {
        Record r = analyze("""
                Harbour vote

                “The levy will not pass,” said Rep. Tom Reyes (D-N.C.), a former ferry captain. “Nobody wants it.”

                Sen. Ana Ostrova (R-S.C.), the chair of the port committee, said the fees would stay.
                """, "2024-03-05");
        assertEquals("Rep. Tom Reyes (D-N.C.), a former ferry captain", source(r, "The levy will not pass"));
        assertEquals("Sen. Ana Ostrova (R-S.C.), the chair of the port committee,", source(r, "the fees would stay"));
    }

    @Test
    void aParticipleHangsOnTheMainClauseNotOnACueWithoutASubject() {
        Record r = analyze("""
                Harbour vote

                Tom Reyes left the harbour hall early, waving to the dockers at the gate and, when asked about the \
                budget, insisting, ''Of course, we pay the fees.''
                """, "2024-03-05");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "Of course, we pay the fees")), "not the one who asked");
    }

    @Test
    void aParticipleDescribingANounInTheSourceIsNotItsVerb() {
        Record r = analyze("""
                Harbour fees

                “The fees are too high for the small boats,” Tom Reyes, the treasurer of Velmont, a town fighting \
                the new levy, told the harbour board on Monday.
                """, "2024-03-05");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "The fees are too high")));
    }

    @Test
    void aCurlyContractedModalAndAReportAfterAProgressiveOne() {
        String text = """
                Harbour tour

                It’s an unlikely scenario; the mayor’s office says she’ll resume the harbour visits after the holiday.

                Tom Reyes is telling a dockers group that the port is “empty” and says he wants to buy two tugs.
                """;
        Record r = analyze(text, "2024-03-05");
        assertEquals("the mayor’s office", source(r, "she’ll resume the harbour visits"), "“’ll” is a modal");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "he wants to buy two tugs")), "“and says” after “is telling”");
    }

    @Test
    void adverbsAndAuxiliariesBetweenTheSubjectOrTheCoordinatorAndTheCue() {
        String text = """
                Harbour vote

                Reyes has long said that the ferry pays for itself within ten years.

                Lena Marsh, like the mayor, has encouraged the dockers to vote but has said the budget stays as \
                it is.
                """;
        Record r = analyze(text, "2024-03-05");
        Quote ferry = quote(r, "that the ferry pays for itself");
        assertEquals("has long said", ferry.cue().text());
        assertEquals("Reyes", ferry.speakerMention().text());
        Quote budget = quote(r, "the budget stays as it is");
        assertEquals("has said", budget.cue().text());
        assertEquals("Lena Marsh", speakerName(r, budget), "the subject of the report before \"but\"");
        assertEquals("the dockers to vote", quote(r, "the dockers to vote").text(), "the first report ends at \"but\"");
    }

    @Test
    void encouragingLikeningChantingAndUrgingReport() {
        String text = """
                Dock strike

                Marta Ruiz encouraged the dockers to return to work. Tomas Berg likened the offer to a lottery. The \
                crowd chanted that the port must stay public. The pilots' guild urged restraint on both sides.
                """;
        Record r = analyze(text, "2024-01-15");
        assertEquals("Marta Ruiz", speakerName(r, quote(r, "the dockers to return to work")));
        assertEquals("The pilots' guild", source(r, "restraint on both sides"), "what someone urges");
        Record semicolon = analyze("Ferry\n\nThe board criticized the new fees; the union agreed to talks.\n", "2024-01-15");
        assertEquals("The board", source(semicolon, "the new fees"), "an object before a semicolon and a clause");
        assertEquals("Tomas Berg", speakerName(r, quote(r, "the offer to a lottery")));
        assertEquals("The crowd", source(r, "that the port must stay public"));
    }

    @Test
    void anAdverbialMayFollowThePersonTold() {
        String text = """
                Ferry service resumes

                The weather was calm in the harbour this week. Ola Nilsen told reporters on Sunday that the ferry                 would leave at six. Kari Dahl warned the council in a letter that the pier needed repairs.
                """;
        Record r = analyze(text, "2024-03-12");
        assertEquals("Ola Nilsen", speakerName(r, quote(r, "that the ferry")));
        assertEquals("told", quote(r, "that the ferry").cue().text());
        assertEquals("Kari Dahl", speakerName(r, quote(r, "that the pier needed")));
        Record told = analyze("""
                Ferry service resumes

                Tom Reyes told reporters it was too early to say. Lena Marsh told the Velmont Gazette she would \
                appeal. Ana Ostrova told him the pier was closed. Kari Dahl warned the council the pier needed \
                repairs.
                """, "2024-03-12");
        assertEquals("it was too early to say", quote(told, "it was too early").text(), "the clause after the one told");
        assertEquals("Lena Marsh", speakerName(told, quote(told, "she would appeal")));
        assertEquals("Ana Ostrova", speakerName(told, quote(told, "the pier was closed")));
        assertEquals("Kari Dahl", speakerName(told, quote(told, "the pier needed repairs")), "not \"the council the pier\"");
    }

    @Test
    void aReportAcrossAParagraphOrAQuestionMarkStillNamesTheSpeaker() {
        String text = """
                Ferries keep running

                Harbour master Lars Eriksson spoke to reporters after the storm. He said:

                "The port is safe, and the ferries will run as usual this week."

                The Dutch broadcaster NOS reports:

                "Three ships were delayed overnight but none was damaged."

                "Who will pay for the repairs?" asked councillor Maria Lopez, who sits on the harbour board.
                """;
        Record r = analyze(text, "2023-03-10");
        assertEquals("Lars Eriksson", speakerName(r, quote(r, "The port is safe")));
        assertEquals("said:", quote(r, "The port is safe").cue().text());
        assertEquals("NOS", source(r, "Three ships were delayed").replaceAll(".* ", ""));
        assertEquals("Maria Lopez", speakerName(r, quote(r, "Who will pay")), "a question mark does not end the report");
    }

    @Test
    void aDashAndANameEndingTheLineSignAQuotation() {
        String text = """
                What readers said about the new bridge toll

                We asked readers in Lisbon what they think of the toll.

                “It is too much for people who cross twice a day to get to work.” ― Marta Duarte

                “Fine by me, if the money really goes into repairs.” — João Pereira

                “Nobody asked the people who live under it.” — Ana Ostrova, Velmont

                “We were told the toll would be temporary.” — The council declined to say when it would end.
                """;
        Record r = analyze(text, "2023-03-10");
        assertEquals("Marta Duarte", speakerName(r, quote(r, "It is too much")));
        assertEquals("―", quote(r, "It is too much").cue().text());
        assertEquals("João Pereira", speakerName(r, quote(r, "Fine by me")));
        assertEquals("Ana Ostrova", speakerName(r, quote(r, "Nobody asked the people")), "where the signer lives follows");
        Quote clause = quote(r, "We were told the toll");
        assertTrue(clause.cue() == null || !clause.cue().text().equals("—"), "a new sentence after the dash is no signature");
    }

    @Test
    void aSignatureEndingALineIsNotRunIntoANameOpeningTheNextQuotation() {
        Record r = analyze("Fares\n\n“The ferry is late and we are tired of it.” ― Ana Ashley\u00a0\n"
                + "“Reyes must stop the toll, it is unfair to the pilots.” ― Kari Dahl\n", "2024-03-02");
        assertEquals("Ana Ashley", source(r, "The ferry is late"), "a quotation mark is no part of a name");
        assertEquals("Kari Dahl", speakerName(r, quote(r, "Reyes must stop")));
    }

    @Test
    void turnsOfATranscriptQuotedWholeBelongToTheirLabelledSpeakers() {
        String text = """
                Governor defends late budget

                Host Maria Chen interviewed Governor Tom Baker of Ohio on Sunday. A partial transcript follows:

                "CHEN: Governor, the budget is late again. Why should voters trust you with it?

                "BAKER: Well, look, we inherited a deficit, and we have "closed half of it" in a year.

                "CHEN: But the teachers' union says you broke your promise.

                "BAKER: I kept every promise I made, and the money is simply not there."

                The interview aired on Channel 5.
                """;
        Record r = analyze(text, "2023-05-07");
        assertEquals("Maria Chen", speakerName(r, quote(r, "Governor, the budget is late")));
        assertEquals("Tom Baker", speakerName(r, quote(r, "Well, look, we inherited")), "a family name in capitals");
        assertEquals("Tom Baker", speakerName(r, quote(r, "I kept every promise")));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("CHEN:")),
                "marks paired across the turns make no quote: " + r.quotes());
    }

    @Test
    void pronounsFollowGender() {
        String text = """
                Council approves new budget

                Mayor Sarah Collins and her deputy, Tom Becker, presented the plan on Tuesday after a long debate \
                in the council chamber about taxes and the state of the roads.

                Becker said the roads would come first. "We have waited long enough," she said, pointing to the \
                mayor's election promise.

                "The money is there," he added.
                """;
        Record r = analyze(text, "2023-05-05");
        assertEquals("Sarah Collins", speakerName(r, quote(r, "We have waited")));
        assertEquals("Tom Becker", speakerName(r, quote(r, "The money is there")));
        assertNotEquals(quote(r, "We have waited").speaker(), quote(r, "The money is there").speaker());
    }

    @Test
    void aReportingClauseThatEndsTheTextWithATimePhrase() {
        Record r = analyze("Prices\n\nPrices rose, he added in April", "2024-05-02");
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void hopesExpectationsAndExpressedViewsReportWhatTheyHold() {
        String text = """
                Ferry fares under review

                The Velmont council expects that fares will rise by four percent next year. Ana Reis expected that \
                the mayor would sign the budget on Friday. Kari Dahl expects to sign it herself.

                Dock workers have voiced unease that the new cranes could fail in storms. Lena Marsh voiced \
                doubts about the budget on Tuesday. Ferry captains nearly unanimously voiced anger over the fees.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("The Velmont council", source(r, "that fares will rise"), "an expectation with a clause");
        assertEquals("expects", quote(r, "that fares will rise").cue().text());
        assertEquals("Ana Reis", source(r, "that the mayor would sign"));
        assertEquals("Kari Dahl", source(r, "to sign it herself"), "with \"to\" it stays an intention");
        assertEquals("Dock workers", source(r, "that the new cranes"));
        assertEquals("have voiced unease", quote(r, "that the new cranes").cue().text(), "the view named is the cue's");
        // "would sign the budget" is a report of its own now; Marsh's is the one after "voiced doubts about".
        Quote doubts = r.quotes().stream().filter(q -> q.text().equals("the budget")
                && q.cue().text().startsWith("voiced")).findFirst().orElseThrow();
        assertEquals("voiced doubts about", doubts.cue().text());
        assertEquals("Lena Marsh", doubts.speakerMention().text());
        assertEquals("Ferry captains", source(r, "the fees"), "a past form after adverbs, read as a participle");
        assertEquals("nearly unanimously voiced anger over", quote(r, "the fees").cue().text());
    }

    @Test
    void aPassiveReportsWhatItsAgentSaidOrThought() {
        String text = """
                Ferry fares under review

                The fare rise was reported by the Velmont Gazette. The new budget has been praised by scores \
                of local papers. The plan is supported by the dock workers' guild. The strike was reported on Monday.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("the Velmont Gazette", source(r, "The fare rise"), "the agent is the source");
        assertEquals("was reported by", quote(r, "The fare rise").cue().text());
        assertEquals("scores of local papers", source(r, "The new budget"), "a share is of those after \"of\"");
        assertEquals("the dock workers' guild", source(r, "The plan"), "a possessive's apostrophe");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("The strike")), "no agent, no source");
    }

    @Test
    void makingSomethingClearOrMakingTheCaseReports() {
        String text = """
                Ferry fares under review

                Ana Reis made it clear that the pier would close in May. Tom Reyes has made the case for a lower \
                fare. Lena Marsh made clear she would not run again. Kari Dahl made a comment about the ferry \
                schedule. The council made a decision on the budget.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis", source(r, "that the pier would close"));
        assertEquals("made it clear", quote(r, "that the pier would close").cue().text());
        assertEquals("Tom Reyes", source(r, "a lower fare"));
        assertEquals("has made the case for", quote(r, "a lower fare").cue().text(), "the noun and its preposition");
        assertEquals("Lena Marsh", source(r, "she would not run again"), "a clause with no \"that\"");
        assertEquals("Kari Dahl", source(r, "the ferry schedule"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("the budget")), "a decision is no saying");
    }

    @Test
    void aComparisonSetOffByCommasStandsBetweenTheCueAndItsClause() {
        String text = """
                Ferry fares under review

                Ana Reis argued, as she had in May, that the fares were too high. The pilots insist, as does their \
                union, that the ferry is unsafe.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis", source(r, "that the fares were too high"));
        assertEquals("The pilots", source(r, "that the ferry is unsafe"));
    }

    @Test
    void aRelativeClauseSetOffByDashesReportsForItsNoun() {
        String text = """
                Ferry fares under review

                The board sided with Ana Reis — who has called for higher port fees — in the end. The council \
                read the audit — which warns that the pier is unsafe — on Monday.
                """;
        Record r = analyze(text, "2024-03-02");
        Quote fees = quote(r, "higher port fees");
        assertEquals("who", fees.speakerMention().text());
        assertEquals("Ana Reis", speakerName(r, fees), "the relative pronoun stands for the name before the dash");
        assertEquals("which", source(r, "that the pier is unsafe"));
    }

    @Test
    void offeringReferencingAndViewingReportTheirObjects() {
        String text = """
                Ferry fares under review

                Ana Reis offered a compromise to the pilots. Tom Reyes also referenced the old audit. The guild \
                views the toll as a tax on the poor. Kari Dahl chastised the harbour board. The pilots railed \
                against the ferry schedule.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis", source(r, "a compromise"));
        assertEquals("Tom Reyes", source(r, "the old audit"));
        assertEquals("The guild", source(r, "the toll as a tax"));
        assertEquals("Kari Dahl", source(r, "the harbour board"));
        assertEquals("railed against", quote(r, "the ferry schedule").cue().text());
        assertEquals("The pilots", source(r, "the ferry schedule"));
    }

    @Test
    void remindingAssuringAndRetortingAreSaying() {
        String text = """
                Ferry fares under review

                Ana Reis reminded the board that the pier was built in 1910. Kari Dahl assured the pilots that \
                their jobs were safe.

                "The fares are fine," Tom Reyes retorted.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis", source(r, "that the pier was built"));
        assertEquals("Kari Dahl", source(r, "that their jobs were safe"));
        assertEquals("Tom Reyes", speakerName(r, quote(r, "The fares are fine")));
    }

    @Test
    void nounsOfFindingAndFearingReportTheirClauses() {
        String text = """
                Ferry fares under review

                Ana Reis's conclusion that the pier is unsafe surprised no one. The pilots repeated their fear \
                that the ferry would stop in winter.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis's", source(r, "that the pier is unsafe"));
        assertEquals("conclusion", quote(r, "that the pier is unsafe").cue().text());
        assertEquals("their", source(r, "that the ferry would stop"));
    }

    @Test
    void beingSureOrAfraidOfAClauseReportsIt() {
        String text = """
                Ferry fares under review

                Ana Reis is confident that the pier will open in May. The pilots were not sure the ferry would \
                run on Sunday. Tom Reyes remains convinced that the fares are too high. The pier is sure to close. \
                Lena Marsh remains hopeful, as the talks go on.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis", source(r, "that the pier will open"));
        assertEquals("is confident", quote(r, "that the pier will open").cue().text());
        assertEquals("The pilots", source(r, "the ferry would run"), "a clause with no \"that\"");
        assertEquals("were not sure", quote(r, "the ferry would run").cue().text());
        assertEquals("Tom Reyes", source(r, "that the fares are too high"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("to close")), "sure to happen is no belief");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("talks go on")),
                "a clause set off by a comma is no belief's content");
    }

    @Test
    void aShareOfThoseARelativeClauseDescribesIsTheSource() {
        String text = """
                Ferry fares under review

                One of the skippers who drafted the petition called the plan reckless. Some of the dockers who \
                walked out said the strike would continue.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("One of the skippers who drafted the petition", source(r, "the plan reckless"));
        assertEquals("Some of the dockers who walked out", source(r, "the strike would continue"),
                "a relative clause ending on a particle");
    }

    @Test
    void theCommaBeforeAParticipleCueIsNoPartOfItsSource() {
        String text = """
                Ferry fares under review

                “The pier is old and tired,” said Ana Reis, adding that it should close in May. Tom Reyes, the \
                harbour master, said the ferry was late.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis", source(r, "that it should close"));
        assertEquals("Tom Reyes, the harbour master,", source(r, "the ferry was late"), "an apposition's comma stays");
    }

    @Test
    void aQuotationSetOffByDashesAfterANameIsThatPersons() {
        String text = """
                Ferry fares under review

                Several pilots agree, among them the guild's chair, Ana Reis — “The fares are far too high for \
                anyone here” — and Tom Reyes.
                """;
        Record r = analyze(text, "2024-03-02");
        Quote fares = quote(r, "The fares are far too high");
        assertEquals("Ana Reis", speakerName(r, fares));
        assertEquals("—", fares.cue().text());
    }

    @Test
    void aSpacedHyphenEndsADatelineBeforeTheSubject() {
        String text = """
                Pilots back new ferry deal

                VELMONT - Harbour pilots said on Friday that the ferry deal was fair. The 41-year-old captain \
                said the deal was late.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Harbour pilots", source(r, "that the ferry deal was fair"));
        assertEquals("The 41-year-old captain", source(r, "the deal was late"), "an attached hyphen joins a word");
    }

    @Test
    void howItWasSaidStandsBetweenTheSubjectAndTheVerb() {
        String text = """
                Fares

                Ana Reis in an interview said the fares were too high. Tom Reyes on Monday in a statement said the \
                pier would close. The guild in a letter to members warned that the strike could last. Kari Dahl in a \
                leaked memo seemed to fault the pilots.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis", source(r, "the fares were too high"));
        assertEquals("Ana Reis", speakerName(r, quote(r, "the fares were too high")));
        assertEquals("Tom Reyes", source(r, "the pier would close"));
        assertEquals("The guild", source(r, "that the strike could last"));
        assertEquals("Kari Dahl", source(r, "the pilots"));
    }

    @Test
    void aPollsTimeAndThePeopleItAskedBelongToItsSource() {
        String text = """
                Ferry poll

                The Harbour Gazette average of surveys taken over the past month shows Kari Dahl leading Tom Reyes \
                48 percent to 41 percent. Most of those surveyed said the fares were too high. Some 30 percent of \
                those answering said the pier should close. A review of ferry deals signed since 2020, shows private \
                operators outpacing the city.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("The Harbour Gazette average of surveys taken over the past month",
                source(r, "Kari Dahl leading"));
        assertEquals("Most of those surveyed", source(r, "the fares were too high"));
        assertEquals("Some 30 percent of those answering", source(r, "the pier should close"));
        assertFalse(anySourceNamed(r, "private operators"), "an object with its verb speaks no words");
    }

    @Test
    void aParticipleOpeningTheSentenceReportsForTheMainSubject() {
        String text = """
                Pier closes

                Citing rising costs, Ana Reis closed the pier on Monday. Claiming the ferry was unsafe, the harbour \
                master told the Gazette that it should stop. Speaking at the quay, Tom Reyes waved to the crowd. \
                Railing against the toll, Kari Dahl vowed to cut fares.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis", source(r, "rising costs"));
        assertEquals("Citing", quote(r, "rising costs").cue().text());
        assertEquals("the harbour master", source(r, "the ferry was unsafe"));
        assertEquals("the harbour master", source(r, "that it should stop"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("at the quay")), "a setting is no report");
        assertEquals("Kari Dahl", source(r, "the toll"), "the subject after the comma sets nothing off");
        assertEquals("Railing against", quote(r, "the toll").cue().text());
    }

    @Test
    void withANounAndAParticipleIsAReportOfItsOwn() {
        String text = """
                Poll

                Surveys show Kari Dahl with a narrow lead, with the Harbour News showing her ahead by 3 points. The \
                Gazette said the fares rose, with the guild saying they fell.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("the Harbour News", source(r, "her ahead by 3 points"));
        assertEquals("Kari Dahl with a narrow lead", quote(r, "Kari Dahl with").text());
        assertEquals("the guild", source(r, "they fell"));
        assertEquals("the fares rose", quote(r, "the fares rose").text());
    }

    @Test
    void despiteANounAndAParticipleIsAReportOfItsOwn() {
        // The headline opens the text with a participle that reports: no noun before it to read.
        Record r = analyze("""
                Railing against the toll, Reyes stays calm

                Reis remains sure of the vote despite a few skippers now saying they will abstain. Reyes stays calm \
                despite some early backers of the toll, such as Kari Dahl, R-S.C., and Lena Marsh, R-Va., now \
                arguing that it should change.
                """, "2024-03-02");
        assertEquals("a few skippers", source(r, "they will abstain"), "not the adverb before the participle");
        assertEquals("some early backers of the toll, such as Kari Dahl, R-S.C., and Lena Marsh, R-Va.,",
                source(r, "that it should change"));
    }

    @Test
    void anAdverbialMayStandBetweenShowingAndWhatIsShown() {
        // The headline's first word is a source: nothing before it to read.
        Record r = analyze("""
                Study shows the toll hurts small ferries

                A survey being published on Monday by two harbour economists shows in detail how the ferry firms \
                avoided the toll. Reyes tells so many stories that Reis could lose the vote.
                """, "2024-03-02");
        assertEquals("A survey being published on Monday by two harbour economists",
                source(r, "how the ferry firms avoided"));
        assertEquals("Study", source(r, "the toll hurts small ferries"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("Reis could lose")),
                "a clause of result is not what is told");
    }

    @Test
    void whatAStudyFindsIsItsFinding() {
        Record r = analyze("""
                Tolls

                A 2019 study by the guild found 31 cases of unpaid tolls. The harbour police found a knife in the \
                boat.
                """, "2024-03-02");
        assertEquals("A 2019 study by the guild", source(r, "31 cases of unpaid tolls"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("a knife")), "finding a thing is no report");
    }

    @Test
    void aCoordinatorAfterTheCueOpensNoContent() {
        Record r = analyze("""
                Tolls

                Reyes has mocked and derided the guild. Reis said and the board agreed that the toll was unfair. \
                Dahl said and did much the same as Reyes.
                """, "2024-03-02");
        assertEquals("Reyes", source(r, "the guild"), "the second verb reports the shared object");
        assertEquals("the board", source(r, "that the toll was unfair"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("and")), "no content opens with \"and\"");
    }

    @Test
    void pointingToSomethingCitesIt() {
        String text = """
                Delays

                Tom Reyes pointed to the rising cost of steel as a reason for the delay. The pilots point to the \
                storm of 2019. The cases that skeptics point to as proof were old. Kari Dahl pointed to claims \
                that the pier had flooded twice.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Tom Reyes", source(r, "the rising cost of steel"));
        assertEquals("pointed to", quote(r, "the rising cost of steel").cue().text());
        assertEquals("The pilots", source(r, "the storm of 2019"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("as proof")), "no object after the verb");
        assertEquals("claims that the pier had flooded twice", quote(r, "claims that").text(),
                "what is pointed to is no one told");
    }

    @Test
    void aSecondReportOfTheSameSubjectEndsTheFirst() {
        String text = """
                Guild

                The mayor praised the guild, yet refuses to meet its leaders. Kari Dahl said she has not yet \
                announced a date for the vote.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("the guild", quote(r, "the guild").text());
        assertEquals("The mayor", source(r, "to meet its leaders"));
        assertEquals("she has not yet announced a date for the vote", quote(r, "she has not").text(),
                "an adverb joins nothing");
        Record promised = analyze("The pilots promised to keep fighting and said they would not back down.",
                "2024-03-02");
        assertEquals("to keep fighting", quote(promised, "to keep fighting").text(),
                "an intention ends at the next report");
        assertEquals("The pilots", source(promised, "they would not back down"));
    }

    @Test
    void titlesJoinedByAndAfterTheCueAreOneSource() {
        String text = """
                Pier

                “The pier is old,” said the former harbour master and current mayor of Velmont. “The fares are \
                high,” said the guild's treasurer and former pilot Tom Reyes.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("the former harbour master and current mayor of Velmont", source(r, "The pier is old"));
        Quote fares = quote(r, "The fares are high");
        assertEquals("the guild's treasurer and former pilot Tom Reyes", fares.speakerMention().text());
        assertEquals("Tom Reyes", speakerName(r, fares), "the name that ends the titles is the speaker");
    }

    @Test
    void invokingDownplayingHeraldingAndResentingReportTheirObjects() {
        String text = """
                Harbour

                Ana Reis invoked the great flood of 1953. The mayor downplayed the chance of a second walkout. Tom \
                Reyes heralded the new ferry as a fresh start. The dockers resent the night shifts. Kari Dahl admires \
                the old pilots. The Gazette published the minutes of the meeting. Her film documented the decline \
                of the docks. The senators grilled the harbour master on the fees.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis", source(r, "the great flood of 1953"));
        assertEquals("The mayor", source(r, "the chance of a second walkout"));
        assertEquals("Tom Reyes", source(r, "the new ferry"));
        assertEquals("The dockers", source(r, "the night shifts"), "resenting or admiring something is a view of it");
        assertEquals("Kari Dahl", source(r, "the old pilots"));
        assertEquals("The Gazette", source(r, "the minutes of the meeting"), "a paper publishing something reports it");
        assertEquals("Her film", source(r, "the decline of the docks"));
        assertEquals("The senators", source(r, "the harbour master"));
    }

    @Test
    void layingOutOrOutliningAPlanReportsIt() {
        String text = """
                Pier

                Ana Reis laid out her plans for the pier on Monday. The guild outlined a new rota. Tom Reyes \
                detailed the cost of the repairs. The hens laid eggs.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis", source(r, "her plans for the pier"));
        assertEquals("laid out", quote(r, "her plans for the pier").cue().text());
        assertEquals("The guild", source(r, "a new rota"));
        assertEquals("Tom Reyes", source(r, "the cost of the repairs"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().equals("eggs")), "laying is not laying out");
    }

    @Test
    void aParticipleAfterTheMediumOfAReportSaysWhatItSaid() {
        String text = """
                Pier

                Ana Reis released a statement on Friday saying the pier would close. The guild posted tweets \
                accusing the mayor of lying. Tom Reyes watched a crowd chanting slogans. Kari Dahl spoke to \
                reporters after the mayor sent a letter attacking the pilots. Reyes called the mayor's tweets \
                praising the guild a stunt.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis", source(r, "the pier would close"));
        assertEquals("saying", quote(r, "the pier would close").cue().text());
        assertEquals("The guild", source(r, "the mayor of lying"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("slogans")), "a crowd is no medium");
        assertEquals("the mayor", source(r, "the pilots"), "who sent the letter, not the main clause's subject");
        assertEquals("the mayor's", source(r, "the guild"), "the owner of the tweets");
    }

    @Test
    void aConjunctionOpeningTheSentenceIsTheWritersNotTheReport() {
        String text = """
                Pier

                The ferry is late again. And the pier is too old to repair, Ana Reis said. But the fares will rise \
                in May, according to the guild.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("the pier is too old to repair", quote(r, "the pier is too old").text());
        assertEquals("Ana Reis", source(r, "the pier is too old"));
        assertEquals("the fares will rise in May", quote(r, "the fares will rise").text());
        assertEquals("the guild", source(r, "the fares will rise"));
    }

    @Test
    void castingSomeoneAsSomethingIsAViewWithoutQuoteMarks() {
        String text = """
                Pier

                The mayor painted the guild as greedy. Tom Reyes portrayed the pilots as heroes of the strike. On \
                Monday, Ana Reis leaned in hard, casting Reyes as a relic of the old port. The crew painted the \
                hull blue. Kari Dahl repeatedly linked the outage to the storm. The guild portrayed the closure of \
                the pier as a betrayal. The crew painted the hull as the sun went down.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("The mayor", source(r, "the guild as greedy"));
        assertEquals("Tom Reyes", source(r, "the pilots as heroes"));
        assertEquals("Ana Reis", speakerName(r, quote(r, "Reyes as a relic")), "a participle casts for its clause");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("hull")), "painting a hull is no view");
        assertEquals("Kari Dahl", source(r, "the outage to the storm"), "linking one thing to another is a claim");
        assertEquals("The guild", source(r, "the closure of the pier as a betrayal"), "an \"of\" phrase in the object");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("sun went")), "\"as\" with a clause is when");
    }

    @Test
    void beingACriticOrSupporterOfSomethingIsAView() {
        String text = """
                Tolls

                Ana Reis is a fierce opponent of the new tolls. Tom Reyes, who has long been a loyal and outspoken \
                supporter of the guild, said nothing. The pier is a relic of the old port.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis", source(r, "the new tolls"));
        assertEquals("is a fierce opponent of", quote(r, "the new tolls").cue().text());
        assertEquals("Tom Reyes", speakerName(r, quote(r, "the guild")));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("the old port")), "a relic takes no side");
    }

    @Test
    void aParticipleAfterANounInAClauseWithItsVerbDescribesTheNoun() {
        String text = """
                Pier

                The scheme is taken nearly line by line from a pamphlet published days before the ballot titled \
                “A Harbour for All” by two pilots. Dockers nearly unanimously voiced anger at the scheme.
                """;
        Record r = analyze(text, "2024-03-02");
        assertTrue(r.quotes().stream().noneMatch(q -> q.cue() != null && q.cue().text().contains("published")),
                "the pamphlet was published; it does not publish");
        assertEquals("Dockers", source(r, "anger at the scheme"), "a subject's past form still reports");
    }

    @Test
    void aListOfExamplesAfterTheSubjectBelongsToIt() {
        String text = """
                Tolls

                Critics of the toll, like Ana Reis, head of the guild, and Tom Reyes, a pilot, say the fee is \
                unfair. Skippers, like Kari Dahl and Marta Ruiz, argue that the pier is safe.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Critics of the toll, like Ana Reis, head of the guild, and Tom Reyes, a pilot,",
                source(r, "the fee is unfair"));
        assertEquals("Skippers, like Kari Dahl and Marta Ruiz,", source(r, "that the pier is safe"));
    }

    @Test
    void aParticipleAfterOfOrAnOpeningInReportsForTheSubject() {
        String text = """
                Strike

                The mayor stopped short of branding the walkout unlawful. The guild is wary of faulting \
                the pilots. The cost of running the ferry rose. In defending the old pier, Ana Reis praised its \
                builders. The pilots are interested in discussing the fees.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("The mayor", source(r, "the walkout unlawful"));
        assertEquals("The guild", source(r, "the pilots"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("the ferry")), "running is no report");
        assertEquals("Ana Reis", source(r, "the old pier"), "\"in\" opening the sentence");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("the fees")), "\"in\" inside a clause");
    }

    @Test
    void aRelativeClauseInTheSettingIsNoPartOfTheReport() {
        String text = """
                Pier

                Ana Reis said at a meeting that lasted an hour that the pier was safe. Tom Reyes argued in an essay \
                that ran on Sunday that the fares were too high.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis", source(r, "that the pier was safe"));
        assertEquals("Tom Reyes", source(r, "that the fares were too high"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("that lasted")), "the meeting's clause");
    }

    @Test
    void aSentenceAfterAQuestionOrExclamationNamesItsSpeakerWithAnApposition() {
        String text = """
                Ferry

                “Is the ferry late again?” Kari Dahl, the harbour master, asked. “Not today!” Velmont's mayor, \
                Marta Ruiz (D-Velmont), shouted from the pier steps. “Enough!” Tom Reyes, a pilot, told the crowd on \
                Monday that the pier would close.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Kari Dahl, the harbour master,", source(r, "Is the ferry late"));
        assertEquals("Kari Dahl", speakerName(r, quote(r, "Is the ferry late")));
        assertEquals("Velmont's mayor, Marta Ruiz (D-Velmont),", source(r, "Not today"));
        assertEquals("Tom Reyes, a pilot,", source(r, "that the pier would close"), "a verb with a clause of its own");
        Quote enough = quote(r, "Enough");
        assertTrue(enough.cue() == null || !enough.cue().text().equals("told"), "told reports its own clause");
    }

    @Test
    void aNicknameInQuoteMarksIsPartOfTheName() {
        String text = """
                Ferry

                “The pier stays open,” Marta "Mo" Ruiz said. Tom ‘Red’ Reyes said the fares were too high.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Marta \"Mo\" Ruiz", source(r, "The pier stays open"));
        assertEquals("Tom ‘Red’ Reyes", source(r, "the fares were too high"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().equals("Mo") || q.text().equals("Red")),
                "a nickname is no quotation");
    }

    @Test
    void aProFormIsWhatTheReportSays() {
        String text = """
                Pier

                Kari Dahl said as much on the radio. Most skippers said the same of the old pier. Tom Reyes does \
                not think so. Marta Ruiz said the same rules apply to pilots.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Kari Dahl", source(r, "as much"));
        assertEquals("Most skippers", source(r, "the same of the old pier"));
        assertEquals("Tom Reyes", source(r, "so"));
        assertEquals("Marta Ruiz", source(r, "the same rules apply"), "\"the same\" before a noun is no pro-form");
    }

    @Test
    void anOpeningAsClauseReportsTheMainClauseAfterItsAdverbials() {
        String text = """
                Fees

                As Kari Dahl noted in a letter last week, the harbour fees have doubled. But as one skipper put it \
                on the radio, the pilots pay twice. As Tom Reyes wrote in a column that ran on Sunday, the toll \
                is unfair.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Kari Dahl", source(r, "the harbour fees have doubled"));
        assertEquals("one skipper", source(r, "the pilots pay twice"));
        assertEquals("Tom Reyes", source(r, "the toll is unfair"));
    }

    @Test
    void aPresentTenseTheTaggerReadAsABaseFormStillReports() {
        String text = """
                Fees

                Kari Dahl and Tom Reyes praise the old pier and describe the new fees as theft.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("the old pier", quote(r, "the old pier").text(), "the object ends where the second report begins");
        assertEquals("Kari Dahl and Tom Reyes", source(r, "the new fees as theft"));
    }

    @Test
    void whatAnAnswerAnsweredOrWasIsItsContent() {
        String text = """
                Fees

                The pilots' guild did not respond to two emails from the Gazette. Kari Dahl has responded \
                with a strike. Tom Reyes replied by closing the pier.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("The pilots' guild", source(r, "to two emails from the Gazette"));
        assertEquals("Kari Dahl", source(r, "with a strike"));
        assertEquals("Tom Reyes", source(r, "by closing the pier"));
    }

    @Test
    void aPassiveNamingReportsWhatTheAgentCalledTheSubject() {
        Record r = analyze("Pier\n\nKari Dahl has been called a reckless skipper by rival pilots.\n", "2024-03-02");
        Quote named = quote(r, "a reckless skipper");
        assertEquals("rival pilots", named.speakerMention().text());
        assertEquals("has been called", named.cue().text());
    }

    @Test
    void anInfinitiveOfPurposeAfterMeetingOrGoingReportsForTheSubject() {
        String text = """
                Fees

                The harbour board met on Friday to discuss the new fees. Marta Ruiz called a news conference to \
                announce that she would run. Kari Dahl has the power to announce a new toll.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("The harbour board", source(r, "the new fees"));
        assertEquals("to discuss", quote(r, "the new fees").cue().text());
        assertEquals("Marta Ruiz", source(r, "that she would run"));
        assertFalse(anySourceNamed(r, "Kari Dahl"), "having the power to do something is no report");
    }

    @Test
    void aDecisionStatedByActingIsAStance() {
        String text = """
                Fees

                A district court ruled against the new toll on Tuesday. The harbour board approved the lower \
                fees. Mayor Marta Ruiz signed the ferry bill on Friday. The Velmont ferry firm declared \
                bankruptcy in May.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("A district court", source(r, "the new toll"));
        assertEquals("The harbour board", source(r, "the lower fees"));
        assertEquals("Mayor Marta Ruiz", source(r, "the ferry bill"));
        assertEquals("The Velmont ferry firm", source(r, "bankruptcy"));
    }

    @Test
    void aParticipleBetweenAnOwnerAndANounIsNoReport() {
        String text = """
                Fees

                The mayor's alleged ties to the guild were news. Tom Reyes's rumoured deal with Velmont fell \
                through. Kari Dahl's stated aim is a lower toll.
                """;
        Record r = analyze(text, "2024-03-02");
        assertTrue(r.quotes().stream().noneMatch(q -> q.cue() != null && (q.cue().text().contains("alleged")
                || q.cue().text().contains("rumoured") || q.cue().text().contains("stated"))),
                () -> r.quotes().stream().map(q -> q.cue() + " " + q.text()).toList().toString());
    }

    @Test
    void aCoordinatedSubjectAfterAnOpeningClauseIsNotJoinedToItsLastNoun() {
        String text = """
                Fees

                When skippers are fined for late arrivals, Kari Dahl and Tom Reyes call the fines "theft".
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Kari Dahl and Tom Reyes", source(r, "the fines"));
    }

    @Test
    void policiesImposedLiftedOrBlockedAreStancesToo() {
        String text = """
                Fees

                The harbour board lifted its ban on night ferries. The council imposed a toll on late arrivals. \
                Two pilots blocked the merger vote. Prosecutors charged Tom Reyes with fraud. Kari Dahl unleashed \
                a stream of posts about the board.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("The harbour board", source(r, "its ban on night ferries"));
        assertEquals("The council", source(r, "a toll on late arrivals"));
        assertEquals("Two pilots", source(r, "the merger vote"));
        assertEquals("Prosecutors", source(r, "Tom Reyes with fraud"));
        assertEquals("Kari Dahl", source(r, "a stream of posts"));
    }

    @Test
    void aTitleCaseHeadlineWithWordsTheStoryNeverUsesStillReports() {
        String text = """
                Reyes Vows To Scrap Tolls Paid By Ferry Pilots

                Tom Reyes said on Monday that the tolls paid by pilots were too high and that he wanted to end them.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Reyes", source(r, "To Scrap Tolls"));
    }

    @Test
    void whatAnAttackIsAimedAtIsItsContent() {
        String text = """
                Fees

                The ferry pilots bristled at the new fees. Marta Ruiz lashed out at the harbour board on Monday. \
                Kari Dahl poked her head out of the wheelhouse.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("The ferry pilots", source(r, "the new fees"));
        assertEquals("lashed out at", quote(r, "the harbour board").cue().text());
        assertFalse(anySourceNamed(r, "Kari Dahl"), "poking one's head out is no report");
    }

    @Test
    void whatIsRetweetedIsReported() {
        Record r = analyze("Pier\n\nMarta Ruiz also retweeted a cartoon of the harbour board.\n", "2024-03-02");
        assertEquals("Marta Ruiz", source(r, "a cartoon of the harbour board"));
    }

    @Test
    void aVerbJoinedAfterAnAdjectiveSharesTheTitledSubject() {
        String text = """
                Tolls

                Mr. Reyes was uneasy about the toll and said the pilots would pay it. Ms. Ruiz is hopeful and \
                expects the board to back down.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Mr. Reyes", source(r, "the pilots would pay it"));
        assertEquals("Ms. Ruiz", source(r, "the board to back down"));
    }

    @Test
    void aReportInsideARelativeClauseEndsBeforeTheSentencesVerb() {
        String text = """
                Tolls

                Skippers who opposed the toll said the board had misled them. Kari Dahl, who praised the plan, \
                left early.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("the toll", quote(r, "the toll").text());
        assertEquals("Skippers who opposed the toll", source(r, "the board had misled them"));
        assertEquals("the plan", quote(r, "the plan").text());
    }

    @Test
    void asReportedByReportsTheMainClause() {
        String text = """
                Tolls

                As reported by the Velmont Gazette, the harbour fees have doubled since May. The night ferry will \
                stop in June, as first noted by Ana Reis, the mayor. As noted in the council's survey, the pier \
                needs repairs.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("the Velmont Gazette", source(r, "the harbour fees have doubled"));
        assertEquals("reported", quote(r, "the harbour fees have doubled").cue().text());
        assertEquals("Ana Reis, the mayor", source(r, "The night ferry will stop"));
        assertEquals("the council's survey", source(r, "the pier needs repairs"));
    }

    @Test
    void aParticipleJoinedToAnotherAfterTheMainClauseReportsForItsSubject() {
        String text = """
                Tolls

                The skippers left the hall on Monday, waving banners and insisting the fees were unfair. Kari Dahl \
                and Tom Reyes argued for an hour, each praising the pier and saying the other had misread the \
                survey.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("The skippers", source(r, "the fees were unfair"));
        assertEquals("each", source(r, "the other had misread the survey"));
    }

    @Test
    void aJointSourceNamesEveryoneItJoins() {
        String text = """
                Tolls

                Kari Dahl and Tom Reyes said on Monday that the toll would fall. Ana Reis, the mayor, and Marta \
                Ruiz argued the fees were fair. Lawyers for Dahl and Reyes said the ruling was unfair. The \
                guild's treasurer and former pilot Lena Marsh said the pier was safe. The council and the harbour \
                board warned that the ferry would stop.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals(List.of("Kari Dahl", "Tom Reyes"), speakerNames(r, quote(r, "that the toll would fall")));
        assertEquals(List.of("Ana Reis", "Marta Ruiz"), speakerNames(r, quote(r, "the fees were fair")));
        assertEquals(List.of(), speakerNames(r, quote(r, "the ruling was unfair")), "the lawyers speak, not their clients");
        assertEquals(List.of("Lena Marsh"), speakerNames(r, quote(r, "the pier was safe")), "two titles, one person");
    }

    @Test
    void aConjunctWithAnAppositionOrARelativeClauseStaysInTheSource() {
        String text = """
                Tolls

                “We are not finished,” Ana Reis, the mayor, and Marta Ruiz said. Kari Dahl, who chairs the guild, \
                and Tom Reyes argued that the fees were fair.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Ana Reis, the mayor, and Marta Ruiz", source(r, "We are not finished"));
        assertEquals(List.of("Ana Reis", "Marta Ruiz"), speakerNames(r, quote(r, "We are not finished")));
        assertEquals("Kari Dahl, who chairs the guild, and Tom Reyes", source(r, "that the fees were fair"));
        assertEquals(List.of("Kari Dahl", "Tom Reyes"), speakerNames(r, quote(r, "that the fees were fair")));
    }

    @Test
    void aReportingClauseAfterACommaIsNoContentOfTheVerbBefore() {
        String text = """
                Tolls

                Marta Ruiz leads the talks. The talks are continuing, she said. The ferries will keep sailing, \
                Kari Dahl added on Monday.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("she", source(r, "The talks are continuing"));
        assertEquals("Kari Dahl", source(r, "The ferries will keep sailing"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("she said") || q.text().startsWith("Kari Dahl")),
                "a reporting clause is reported by nobody");
    }

    @Test
    void aNameBeforeAReportNounIsWhoseReportItIs() {
        String text = """
                Tolls

                Tom Reyes pointed on Monday to a Velmont Gazette report that the fees had doubled since May.
                """;
        Record r = analyze(text, "2024-03-02");
        Quote q = quote(r, "that the fees had doubled");
        assertEquals("a Velmont Gazette", q.speakerMention().text());
        assertEquals("report", q.cue().text());
        assertEquals("Velmont Gazette", speakerName(r, q));
    }

    @Test
    void whoIsMadeToSpeakIsTheSource() {
        String text = """
                Tolls

                The inquiry forced Tom Reyes, who runs the port, to admit that the fees had doubled. The leaked memo \
                prompted Kari Dahl to deny that she had known of it.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Tom Reyes", source(r, "that the fees had doubled"));
        assertEquals("to admit", quote(r, "that the fees had doubled").cue().text());
        assertEquals("Kari Dahl", source(r, "that she had known"));
    }

    @Test
    void oneHeardOrSeenSpeakingIsTheSource() {
        String text = """
                Tolls

                In the footage Marta Ruiz could be heard warning the deckhands that the gate was jammed. Kari Dahl was \
                seen telling the pilots that the fees would rise.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Marta Ruiz", source(r, "that the gate was jammed"));
        assertEquals("Kari Dahl", source(r, "that the fees would rise"));
    }

    @Test
    void accordingToEndsItsSourceBeforeTheClosingCommaAndTakesInAConjunct() {
        String text = """
                Tolls

                Some skippers would pay more, according to a study by Ana Reis, a port adviser at Velmont \
                University, who compared the fees. Night crossings can be safe, according to Tom Reyes, head of the \
                pilots guild, and other skippers.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("a study by Ana Reis, a port adviser at Velmont University", source(r, "Some skippers would pay"));
        assertEquals("Tom Reyes, head of the pilots guild, and other skippers", source(r, "Night crossings can be safe"));
    }

    @Test
    void bothBeforeANounOpensTheSource() {
        String text = """
                Tolls

                Meanwhile, in the harbour towns, both pilot unions have opposed the new night toll.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("both pilot unions", source(r, "the new night toll"));
    }

    @Test
    void aPassiveAgentTakesInThoseAParticiplePicksOut() {
        Record r = analyze("Tolls\n\nThe night toll was opposed by 61 percent of those surveyed in May.\n", "2024-03-02");
        assertEquals("61 percent of those surveyed", source(r, "The night toll"));
    }

    @Test
    void seeingOrViewingSomethingAsSomethingIsAView() {
        String text = """
                Tolls

                Critics of the toll see its renewal as a chance to cut the fees. Many skippers viewed the pier as a \
                hazard. Do the skippers truly see both fees as fair?
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Critics of the toll", source(r, "its renewal as a chance"));
        assertEquals("Many skippers", source(r, "the pier as a hazard"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("both fees as fair")), "a question casts nothing");
    }

    @Test
    void thoseWhoAndSomeWhoAreSources() {
        String text = """
                Tolls

                Those who opposed the toll said it would fail. The toll angered some who saw the fee as a \
                tax on night work.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Those who opposed the toll", source(r, "it would fail"));
        assertEquals("who", source(r, "the fee as a tax"));
    }

    @Test
    void theOneToldMayGoOnWithAnOfPhraseOrAnApposition() {
        String text = """
                Ferries

                Marta Ruiz urged members of the harbour board to drop the night toll. Lena Marsh told Tom Reyes, \
                the head of the pilots' guild, that the rota would stay. The guild has asked Kari Dahl, the clerk \
                for the ferry office, to publish the figures. Ruiz warned the skippers of a long winter.
                """;
        Record r = analyze(text, "2024-03-02");
        Quote urged = quote(r, "members of the harbour board to drop");
        assertEquals("urged", urged.cue().text(), "\"of\" completes the one urged; it names no topic here");
        assertEquals("Lena Marsh", source(r, "that the rota would stay"));
        assertEquals("The guild", source(r, "Kari Dahl, the clerk for the ferry office, to publish"));
        assertEquals("warned the skippers of", quote(r, "a long winter").cue().text(), "with nothing after it, a topic");
    }

    @Test
    void theAppositionOfTheOneToldMayHoldATime() {
        Record r = analyze("""
                Ferries

                Lena Marsh told Kari Dahl, the host of Friday's show, that the pier would close. The guild has \
                asked Tom Reyes, the chair of this year's harbour debate, to check the figures.
                """, "2024-03-02");
        assertEquals("Lena Marsh", source(r, "that the pier would close"));
        assertEquals("The guild", source(r, "Tom Reyes, the chair of this year's harbour debate, to check"));
    }

    @Test
    void theOneToldMayBeAShareOfThem() {
        Record r = analyze("""
                Ferries

                Marta Ruiz told two of the deckhands that the night crossing would end. Lena Marsh warned most of \
                the skippers about the fog.
                """, "2024-03-02");
        assertEquals("Marta Ruiz", source(r, "that the night crossing would end"));
        assertEquals("warned most of the skippers about", quote(r, "the fog").cue().text(),
                "the share is whom she warned; \"of\" is no topic");
    }

    @Test
    void aNameWithAnHonorificMayBeTheAppositionOfADescription() {
        Record r = analyze("Tolls\n\nThe chair of the pilots' guild, Ms. Dahl, argues that the night toll is unfair.\n",
                "2024-03-02");
        assertEquals("The chair of the pilots' guild, Ms. Dahl,", source(r, "that the night toll"));
    }

    @Test
    void aPronounThatEndsACoordinatedSubjectBringsTheWholeSubject() {
        String text = """
                Tolls

                My sister and I knew that the toll would stay. Lena Marsh and we agreed that the rota was fair.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("My sister and I", source(r, "that the toll would stay"));
        assertEquals("Lena Marsh and we", source(r, "that the rota was fair"));
    }

    @Test
    void namesListedAsExamplesStayInsideTheSubject() {
        String text = """
                Tolls

                Critics of the toll, like Ana Reis, Tom Reyes and Kari Dahl, said the fees would fall. Skippers of \
                the night ferries, like Councillors Lena Marsh, Republican of Dunmore, and Marta Ruiz, Democrat of \
                Velmont, argued that the rota was unfair. Pilots like Tom Reyes and Kari Dahl say the pier is safe.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Critics of the toll, like Ana Reis, Tom Reyes and Kari Dahl,", source(r, "the fees would fall"));
        assertEquals("Skippers of the night ferries, like Councillors Lena Marsh, Republican of Dunmore, and Marta Ruiz, "
                + "Democrat of Velmont,", source(r, "that the rota was unfair"));
        assertEquals("Pilots like Tom Reyes and Kari Dahl", source(r, "the pier is safe"));
    }

    @Test
    void aReportingVerbTaggedAsANounAfterItsSubjectsPhraseStillReports() {
        Record r = analyze("Tolls\n\nFigures from the ferry office show she paid the toll twice.\n", "2024-03-02");
        assertEquals("Figures from the ferry office", source(r, "she paid the toll twice"));
    }

    @Test
    void aParticipleSetOffAfterTheSubjectEndsBeforeTheSubjectsVerb() {
        String text = """
                Tolls

                Lena Marsh, arguing that the night toll was unfair, walked out of the meeting. Kari Dahl, despite \
                admitting that the pier needed work, voted against the repairs.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("that the night toll was unfair", quote(r, "that the night toll").text());
        assertEquals("Lena Marsh", source(r, "that the night toll"));
        assertEquals("that the pier needed work", quote(r, "that the pier needed").text());
        assertEquals("Kari Dahl", source(r, "that the pier needed"));
    }

    @Test
    void howSomeoneSpokeIsNeitherTheSourceNorTheTopic() {
        String text = """
                Tolls

                Clerks at the ferry office, speaking to the Gazette, said the night toll would double. Two pilots, \
                who spoke on condition that they not be named, said the guild would strike. Reyes spoke on behalf \
                of the skippers. Dockers, talking to Lena Marsh, said the quay was unsafe.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Clerks at the ferry office", source(r, "the night toll would double"));
        assertEquals("Dockers", source(r, "the quay was unsafe"), "the one spoken to is no speaker");
        Record listed = analyze("Tolls\n\nSkippers, including Kari Dahl, said the toll was unfair.\n", "2024-03-02");
        assertEquals("Skippers, including Kari Dahl,", source(listed, "the toll was unfair"), "an aside that names");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("condition")), "the terms, not the topic");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("behalf")), "for whom, not about what");
    }

    @Test
    void aSourceDescribedByAnAdjectiveOrParticipleAndItsPhrase() {
        String text = """
                Tolls

                The guild will strike on Friday, two pilots briefed on the rota said. The night toll will double, \
                three skippers familiar with the toll scheme said. Last week Lena Marsh stated that Kari Dahl would \
                explain the rota.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("two pilots briefed on the rota", source(r, "The guild will strike"));
        assertEquals("three skippers familiar with the toll scheme", source(r, "The night toll will double"));
        assertEquals("Lena Marsh", source(r, "that Kari Dahl would explain"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.speakerMention() != null
                && q.speakerMention().text().startsWith("Lena Marsh stated")), "a clause is no description");
    }

    @Test
    void neitherNorJoinsASubject() {
        Record r = analyze("Tolls\n\nNeither the guild nor the board commented on the night toll.\n", "2024-03-02");
        assertEquals("Neither the guild nor the board", source(r, "the night toll"));
    }

    @Test
    void aQuotationThatGoesOnAfterItsReportingClauseStaysDirect() {
        String text = """
                Tolls

                “The toll stays,” Lena Marsh said on Friday, “and that is final.” She called the fee “fair to all.”
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals(QuoteType.DIRECT, quote(r, "and that is final").type(), "the second half of one quotation");
        assertEquals(QuoteType.PARTIAL, quote(r, "fair to all").type());
    }

    @Test
    void theOwnerOfWhoeverSpeaksIsNotTheSpeaker() {
        String text = """
                Tolls

                Lena Marsh’s aide said the toll would stay. The board’s chairwoman, Kari Dahl, said the fee was fair. \
                Tom Reyes’s campaign said the rota was unsafe.
                """;
        Record r = analyze(text, "2024-03-02");
        assertNull(quote(r, "the toll would stay").speaker(), "the aide speaks, not Marsh");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "the rota was unsafe")), "his campaign speaks for him");
        assertEquals("Kari Dahl", speakerName(r, quote(r, "the fee was fair")));
    }

    @Test
    void whoeverIsQuotedAsSayingSomethingIsTheSource() {
        String text = """
                Tolls

                Kari Dahl was quoted by the Gazette as saying the night toll was unfair. The harbour newsletter \
                quoted Tom Reyes as saying that the pier would close.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("Kari Dahl", source(r, "the night toll was unfair"));
        assertEquals("Tom Reyes", source(r, "that the pier would close"));
        assertEquals("Tom Reyes", speakerName(r, quote(r, "that the pier would close")));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("Kari Dahl")), "the one quoted is no content");
    }

    @Test
    void aBodyOfPeopleCanVowButAPlanCannot() {
        String text = """
                Tolls

                The pilots' guild vowed to fight the night toll. The new rota promises to cut delays.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("The pilots' guild", source(r, "to fight the night toll"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("to cut delays")), "a rota says nothing");
    }

    @Test
    void aReportNounInTheSubjectReportsOnlyUpToTheSentencesVerb() {
        String text = """
                Tolls

                Kari Dahl’s claim that the night toll is illegal has been rejected by the board. Her warning that \
                the pier would fall went unheeded.
                """;
        Record r = analyze(text, "2024-03-02");
        assertEquals("that the night toll is illegal", quote(r, "that the night toll").text());
        assertEquals("that the pier would fall", quote(r, "that the pier would").text());
    }

    @Test
    void aYesOrNoAnswersTheQuestionBeforeIt() {
        Record r = analyze("Tolls\n\nAsked whether the night toll would rise, Lena Marsh said no.\n", "2024-03-02");
        Quote answer = r.quotes().stream().filter(q -> "said".equals(q.cue().text())).findFirst().orElseThrow();
        assertEquals("no", answer.text(), "not the question the writer put before it");
    }

    @Test
    void aParticipleDescribingTheMediumEndsNoReport() {
        Record r = analyze("Tolls\n\nThe night toll will stay, the board said in a letter sent to members.\n",
                "2024-03-02");
        assertEquals("the board", source(r, "The night toll will stay"));
    }

    @Test
    void aReportingParticipleAfterTheReportingClauseIsAReportOfItsOwn() {
        Record r = analyze("Tolls\n\nThe night toll will stay, the board said, citing its own survey.\n", "2024-03-02");
        Quote said = r.quotes().stream().filter(q -> "said".equals(q.cue().text())).findFirst().orElseThrow();
        assertEquals("The night toll will stay", said.text());
        assertTrue(r.quotes().stream().noneMatch(q -> "said".equals(q.cue().text()) && q.text().startsWith("citing")),
                "what it cited is no part of what it said");
        assertEquals("citing", quote(r, "its own survey").cue().text());
    }

    @Test
    void aPronounInReportedSpeechMeansWhoCameBeforeItNotWhoSpokeLast() {
        Record r = analyze("""
                Rota

                Lena Marsh has run the pilots' guild for a decade. She said the new rota would leave crews short.

                "We will look at it again," said Ana Reis, who chairs the board.
                """, "2024-03-02");
        assertEquals("Lena Marsh", speakerName(r, quote(r, "the new rota would leave")),
                "Reis speaks only after the pronoun");
        assertEquals("Ana Reis", speakerName(r, quote(r, "We will look at it")));
    }

    @Test
    void aNewSubjectOfThePronounsGenderTakesItOverFromTheLastSpeaker() {
        Record r = analyze("""
                Rota

                "The rota stays," Ana Reis said on Monday.

                Lena Marsh thinks it will not last the winter. "Nobody can work these hours," she said.

                But Reis doubts that. "The crews asked for it," she said.

                Marsh's letter reached the board a day later. "We have read it," she said.
                """, "2024-03-02");
        assertEquals("Lena Marsh", speakerName(r, quote(r, "Nobody can work")), "the sentence before made Marsh its subject");
        assertEquals("Ana Reis", speakerName(r, quote(r, "The crews asked")), "a subject after a conjunction");
        assertEquals("Ana Reis", speakerName(r, quote(r, "We have read it")), "an owner is no subject: the last speaker stays");
    }

    @Test
    void theSubjectThatTakesOverIsFoundPastAnOpeningPhraseOrClause() {
        Record r = analyze("""
                Rota

                "The rota stays," Ana Reis said on Monday.

                In a letter to the guild, Lena Marsh called the rota unsafe. "Nobody can work these hours," she said.

                After Marsh left the hall, Reis took questions. "The crews asked for it," she said.

                Although Marsh had warned the board in May, she was not invited. "They never asked us," she said.
                """, "2024-03-02");
        assertEquals("Lena Marsh", speakerName(r, quote(r, "Nobody can work")), "after an opening phrase");
        assertEquals("Ana Reis", speakerName(r, quote(r, "The crews asked")), "the main clause's subject, not the opening clause's");
        assertEquals("Lena Marsh", speakerName(r, quote(r, "They never asked")), "the opening clause's, when the main one names nobody");
    }

    @Test
    void aPronounOpeningTheClauseOfAPersonsVerbIsThatPerson() {
        Record r = analyze("""
                Rota

                "The rota stays," Ana Reis said on Monday.

                The guild wrote to the board, and Lena Marsh said she had warned it that the rota was unsafe.
                """, "2024-03-02");
        Quote warned = r.quotes().stream().filter(q -> q.cue() != null && q.cue().text().equals("had warned"))
                .findFirst().orElseThrow();
        assertEquals("Lena Marsh", speakerName(r, warned));
        Record they = analyze("""
                Rota

                The pilots met on Monday. Ana Reis said they had warned the board that the rota was unsafe.
                """, "2024-03-02");
        Quote theirs = they.quotes().stream().filter(q -> q.cue() != null && q.cue().text().equals("had warned"))
                .findFirst().orElseThrow();
        assertNull(theirs.speaker(), "\"they\" in her clause is not her");
    }

    @Test
    void aGenderedWordBeforeANameGivesThePersonAGender() {
        Record r = analyze("""
                Rota

                "The rota stays," said Tom Reyes.

                Mr. Okafor thinks it will fail. "Nobody can work these hours," he said.
                """, "2024-03-02");
        assertEquals(Gender.MALE, entity(r, "Okafor").gender());
        assertEquals("Okafor", speakerName(r, quote(r, "Nobody can work")), "a new subject of the pronoun's gender");
    }

    @Test
    void aGerundMayBeTheReportedClausesSubject() {
        Record r = analyze("""
                Ferries

                Tom Reyes said selling the boats now would be "madness" because prices were low. Lena Marsh told \
                members raising the tolls again was out of the question. The ferries are old, Reyes said, adding \
                that two had failed inspections.
                """, "2024-03-02");
        assertEquals("Tom Reyes", source(r, "selling the boats now would be \"madness\" because prices were low"));
        assertEquals("Lena Marsh", source(r, "raising the tolls again was out of the question"));
        assertEquals("Reyes", source(r, "The ferries are old"));
        assertEquals("adding", quote(r, "that two had failed").cue().text(), "after a comma, a participle reports");
    }

    @Test
    void aParticipleSetOffBetweenTheVerbAndItsClause() {
        Record r = analyze("""
                Fares

                The board said, citing its own survey, that fares would rise. Ana Reis argued, speaking after the \
                vote, that the toll was fair.
                """, "2024-03-02");
        Quote said = r.quotes().stream().filter(q -> "said".equals(q.cue().text())).findFirst().orElseThrow();
        assertEquals("that fares would rise", said.text());
        assertEquals("its own survey", quote(r, "its own survey").text(), "what it cited ends at the comma");
        assertEquals("Ana Reis", source(r, "that the toll was fair"));
    }

    @Test
    void whatTheWriterSaysTheSpeakerLeftOutIsNoPartOfWhatWasSaid() {
        Record r = analyze("""
                Talks

                Marta Ruiz said talks were set for Monday but did not elaborate. Tom Reyes said the guild would \
                vote on Friday but gave no details. Kari Dahl said tolls rose in May but fell again in June.
                """, "2024-03-02");
        assertEquals("talks were set for Monday", quote(r, "talks were set").text());
        assertEquals("the guild would vote on Friday", quote(r, "the guild would vote").text());
        assertEquals("tolls rose in May but fell again in June", quote(r, "tolls rose").text(),
                "the clause's own subject may have two verbs");
    }

    @Test
    void theLastWordOfAnOrganisationsNameDescribesIt() {
        Record r = analyze("""
                Fares

                The Velmont Pension Fund cut its forecast on Monday. The fund said growth would slow.

                The Harbour Board met on Tuesday, and the board said fares would rise.
                """, "2024-03-02");
        assertEquals("Velmont Pension Fund", speakerName(r, quote(r, "growth would slow")));
        assertEquals("Harbour Board", speakerName(r, quote(r, "fares would rise")));
    }

    @Test
    void accordingToAnObjectPronounIsItsReferent() {
        Record r = analyze("""
                Ferries

                Tom Reyes runs the pilots' guild. According to him, the night rota is unsafe.
                """, "2024-03-02");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "the night rota is unsafe")));
    }

    @Test
    void anAsReportedAsideInsideTheSentenceReportsTheWordsAroundIt() {
        Record r = analyze("""
                Ferries

                The board, as reported by the Gazette, insists on inspections at sea.
                """, "2024-03-02");
        assertEquals("the Gazette", source(r, "insists on inspections"));
        assertEquals("the Gazette", source(r, "The board"));
        Quote insists = r.quotes().stream().filter(q -> "insists on".equals(q.cue().text())).findFirst().orElseThrow();
        assertEquals("The board", insists.speakerMention().text(), "the aside names no subject");
    }

    @Test
    void inSomeonesWordsNamesWhoseWordsTheSentenceGives() {
        Record r = analyze("""
                Ferries

                Ana Reis chairs the board. In her words, the night rota must go. The pilots disagree, in the \
                words of Tom Reyes. In Reyes's words, the board has not listened. In other words, nobody agrees.
                """, "2024-03-02");
        assertEquals("Ana Reis", speakerName(r, quote(r, "the night rota must go")));
        assertEquals("In her words", quote(r, "the night rota must go").cue().text());
        assertEquals("Tom Reyes", source(r, "The pilots disagree"));
        assertEquals("in the words of", quote(r, "The pilots disagree").cue().text());
        assertEquals("Reyes", source(r, "the board has not listened"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("nobody agrees")), "a manner of speaking");
    }

    @Test
    void theSideSomeoneSpokeFor() {
        Record r = analyze("""
                Ferries

                Tom Reyes, for his part, spoke out in favour of a joint commission. Lena Marsh argued in support of \
                the night crews on Monday. The guild voted in favor of the plan.
                """, "2024-03-02");
        assertEquals("spoke out in favour of", quote(r, "a joint commission").cue().text());
        assertEquals("Tom Reyes", source(r, "a joint commission"));
        assertEquals("the night crews", quote(r, "the night crews").text(), "when it was said is no part of it");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("the plan")), "a vote is no speech");
    }

    @Test
    void aQuotationThatIsAParagraphGoesOnFromTheParagraphBefore() {
        Record r = analyze("""
                Fares

                "We will fight this," Ana Reis said on Monday.

                "This is not over."

                Tom Reyes, who leads the pilots, disagreed.

                "The board has wasted money for years."

                Lena Marsh said the rise was unavoidable.

                "We have no choice. Fuel costs have doubled since spring."

                The guild met on Tuesday.

                "Nobody asked us about the fares at all."
                """, "2024-03-02");
        assertEquals("Ana Reis", speakerName(r, quote(r, "This is not over")), "after her quotation and its tag");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "The board has wasted")), "after a sentence he reports in");
        assertEquals("Lena Marsh", speakerName(r, quote(r, "We have no choice")), "after what she said");
        assertNull(quote(r, "Nobody asked us").speaker(), "a meeting introduces no speaker");
    }

    @Test
    void aSubjectsRelativeClauseMayEndOnItsVerb() {
        Record r = analyze("""
                Rota

                A pilot who retired last year said the rota was unsafe. Deckhands who were consulted said they \
                liked it.
                """, "2024-03-02");
        assertEquals("A pilot who retired last year", source(r, "the rota was unsafe"));
        assertEquals("Deckhands who were consulted", source(r, "they liked it"));
    }

    @Test
    void aSubjectsRelativeClauseMayEndOnATime() {
        Record r = analyze("""
                Tolls

                Skippers who have paid the toll since 2019 said it was unfair. Ferry firms that moored here for \
                years argued the fee would ruin them. A count of the boats that have paid $5,000 or more since \
                March 4, 2021, shows most of them leaving. Ana Reis, who has chaired the guild since May 2, 2018, \
                said the board would meet. A tally of ferries that docked in May shows that the late boats are full.
                """, "2024-03-02");
        assertEquals("Skippers who have paid the toll since 2019", source(r, "it was unfair"));
        assertEquals("Ferry firms that moored here for years", source(r, "the fee would ruin them"));
        assertEquals("A count of the boats that have paid $5,000 or more since March 4, 2021,",
                source(r, "most of them leaving"));
        assertEquals("Ana Reis, who has chaired the guild since May 2, 2018,", source(r, "the board would meet"));
        assertEquals("shows", quote(r, "that the late boats").cue().text(), "the month is no auxiliary");
        assertEquals("A tally of ferries that docked in May", source(r, "that the late boats"));
    }

    @Test
    void aParticiplePhraseAfterTheSubjectMayEndOnANameAndATime() {
        Record r = analyze("""
                Tolls

                But a report released by the Harbour Board last month found that tolls rose. A survey sent to the \
                guild on Friday shows that the rota is unsafe.
                """, "2024-03-02");
        assertEquals("a report released by the Harbour Board last month", source(r, "that tolls rose"));
        assertEquals("A survey sent to the guild on Friday", source(r, "that the rota is unsafe"));
    }

    @Test
    void aLabelInParenthesesBelongsToTheNameBeforeItsApposition() {
        Record r = analyze("""
                Tolls

                Mayor Tom Reyes (D), the rival of Ana Reis, called Friday for closing the pier, saying that the \
                toll was unfair. Lena Marsh (R) said the rota was unsafe.
                """, "2024-03-02");
        assertEquals("Mayor Tom Reyes (D), the rival of Ana Reis,", source(r, "closing the pier"));
        assertEquals("Mayor Tom Reyes (D), the rival of Ana Reis,", source(r, "that the toll was unfair"),
                "the participle's source is its clause's, whole");
        assertEquals("Lena Marsh (R)", source(r, "the rota was unsafe"));
    }

    @Test
    void aParticipleSetOffBeforeItsSubjectsVerbHasTheWholeSubject() {
        Record r = analyze("""
                Tolls

                Harbour Master Tom Reyes, R-Va., despite conceding that he had doubts, backed the toll.
                """, "2024-03-02");
        assertEquals("Harbour Master Tom Reyes, R-Va.,", source(r, "that he had doubts"));
    }

    @Test
    void aPassivesAgentKeepsThePhraseThatRestrictsIt() {
        Record r = analyze("""
                Tolls

                The toll has been praised by scores of groups ranging from old allies such as the guild to new \
                ones such as the Harbour Board, the Gazette and the Courier. The rota was criticized by skippers who \
                use the lock. The fare rise was condemned by clerks, saying it would empty the ferries.
                """, "2024-03-02");
        assertEquals("scores of groups ranging from old allies such as the guild to new ones such as the Harbour "
                + "Board, the Gazette and the Courier", source(r, "The toll"));
        assertEquals("skippers who use the lock", source(r, "The rota"));
        assertEquals("clerks", source(r, "The fare rise"), "a participle set off by a comma reports on its own");
    }

    @Test
    void askingNotToBeQuotedIsNoReport() {
        Record r = analyze("""
                Rota

                A pilot who asked not to be quoted said the rota was unsafe. Two clerks, who asked not to be \
                quoted, said the same. Reis asked not to be disturbed.
                """, "2024-03-02");
        assertEquals("A pilot who asked not to be quoted", source(r, "the rota was unsafe"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("not to be quoted")),
                "the terms the source spoke on");
    }

    @Test
    void aTimeAfterTheVerbEndsBeforeTheClausesSubject() {
        Record r = analyze("""
                Rota

                Ana Reis said on Monday the rota was unsafe. Tom Reyes said after the vote the talks had failed.
                """, "2024-03-02");
        assertEquals("Ana Reis", source(r, "the rota was unsafe"));
        assertEquals("Tom Reyes", source(r, "the talks had failed"));
    }

    @Test
    void aPastParticipleAsideAfterTheSubjectNamesNoSubject() {
        Record r = analyze("""
                Engines

                A memo, seen by the Gazette, says the board was warned about faulty engines. The audit, \
                published by the guild on Monday, found that two engines had failed.
                """, "2024-03-02");
        assertEquals("A memo", source(r, "the board was warned"));
        assertEquals("The audit", source(r, "that two engines had failed"));
    }

    @Test
    void anAgeStandsForThePersonLastGivenIt() {
        Record r = analyze("""
                Pilots

                Tom Reyes, 54, has flown the route for 20 years. "It is the hardest winter I remember," the \
                54-year-old said.

                61-year-old pilot Lena Marsh agreed. The 61-year-old said the board should resign.
                """, "2024-03-02");
        assertEquals("the 54-year-old", source(r, "It is the hardest winter"));
        assertEquals("Tom Reyes", speakerName(r, quote(r, "It is the hardest winter")));
        assertEquals("Lena Marsh", speakerName(r, quote(r, "the board should resign")));
    }

    @Test
    void itOpeningASentenceSpeaksForTheOrganisationBefore() {
        Record r = analyze("""
                Fares

                The Harbour Board said on Monday that fares would rise. It added that the night ferry would stop.

                The report found that fares were low. It said the board had erred.

                The Harbour Board published a video of the ferry. It shows the engine failing.
                """, "2024-03-02");
        assertEquals("Harbour Board", speakerName(r, quote(r, "that the night ferry would stop")));
        assertNull(quote(r, "the board had erred").speaker(), "a report is no organisation");
        assertTrue(r.quotes().stream().filter(q -> q.text().startsWith("the engine failing"))
                .allMatch(q -> q.speaker() == null), "what a video shows is not what the board said");
    }

    @Test
    void whoIsAskedInAnAsideReportsNothingButStillSpeaks() {
        Record r = analyze("""
                Fares

                Ana Reis, asked whether she would resign, said no. Tom Reyes, asked about the strike, said the \
                pilots were right. Lena Marsh, pressed on the cost, shrugged.
                """, "2024-03-02");
        assertEquals("Ana Reis", source(r, "no"));
        assertEquals("Tom Reyes", source(r, "the pilots were right"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.cue() != null && q.cue().text().startsWith("asked")
                || q.cue() != null && q.cue().text().startsWith("pressed")), "being asked reports nothing");
    }

    @Test
    void anotherSourcesReportAfterWhileEndsTheFirst() {
        Record r = analyze("""
                Rota

                The board said that the rota would end in May, while the guild said it would fight the decision. \
                Ana Reis said fares rose in May, while wages fell.
                """, "2024-03-02");
        assertEquals("that the rota would end in May", quote(r, "that the rota would end").text());
        assertEquals("the guild", source(r, "it would fight the decision"));
        assertEquals("fares rose in May, while wages fell", quote(r, "fares rose").text(), "a contrast she drew");
    }

    @Test
    void markupLeftInTheTextIsNeitherPartOfASourceNorAQuotation() {
        Record r = analyze("""
                Fares

                The Gazette checked what the harbour master said about fares.

                <post post-by="desk" post-text=" that on a fair count, dockers at the northern port earn far less \
                than either pilots or clerks do. The count is sound but leaves out overtime, so the claim \
                stands.">Kestrel said that the toll was fair</post>.
                """, "2024-03-02");
        assertEquals("Kestrel", source(r, "that the toll was fair"), "the tag before the name is no part of it");
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().equals("desk") || q.text().contains("fair count")),
                "an attribute's value is no quotation");
    }

    @Test
    void aParticipleSetOffByACommaHasItsOwnObjectAndThatClause() {
        Record r = analyze("""
                Pier

                The footage shows Tom Reyes on the quay at dawn, contradicting the coast guard’s earlier claim that \
                he had refused to stop. Ana Reis said on Monday, citing a survey, that the pier was unsafe.
                """, "2024-03-02");
        assertEquals("Tom Reyes on the quay at dawn", quote(r, "Tom Reyes on").text(), "what the footage shows");
        assertEquals("the coast guard’s", source(r, "that he had refused"), "the participle is no part of the owner");
        assertEquals("earlier claim", quote(r, "that he had refused").cue().text());
        assertEquals("said", quote(r, "that the pier was unsafe").cue().text(), "the clause after the set-off phrase");
        assertEquals("a survey", quote(r, "a survey").text());
    }

    @Test
    void aTimeBeforeAnOrganisationsNameIsNoPartOfTheSource() {
        Record r = analyze("""
                Walkouts

                The walkouts were the third time Velmont Ferries said it had staged such an event. The shipping \
                firm Harbour Lines said it would not follow.
                """, "2024-03-02");
        assertEquals("Velmont Ferries", source(r, "it had staged"));
        assertEquals("The shipping firm Harbour Lines", source(r, "it would not follow"), "a description stays");
    }

    @Test
    void aPhraseOfCircumstanceBetweenTheVerbAndItsClause() {
        Record r = analyze("""
                Fees

                Marsh left after Reyes admitted under Marsh’s questioning he had not paid the fees. Dahl said under \
                the plan, fares would rise. Polls show a close race in the port, where 40 berths are at stake.
                """, "2024-03-02");
        assertEquals("Reyes", source(r, "he had not paid the fees"), "\"under\" questioning, oath, pressure");
        assertEquals("Dahl", source(r, "fares would rise"), "a clause of its own after the phrase's comma");
        assertEquals("show", quote(r, "a close race in the port").cue().text());
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("where")), "not the relative clause alone");
    }

    @Test
    void aReportAfterButSharesTheSubjectOfTheFirstReportNotOfAnInfinitiveInIt() {
        Record r = analyze("""
                Run

                Her aides say it is too early to discuss a run but noted that Reis won two races in the port.
                """, "2024-03-02");
        assertEquals("Her aides", source(r, "that Reis won two races"));
        assertEquals("it is too early to discuss a run", quote(r, "it is too early").text());
    }

    @Test
    void aNameInsideTheSubjectsPhraseIsNotTheSource() {
        Record r = analyze("""
                Port

                Ana Reis, a former harbour master who is a fierce opponent of Mr. Tom Reyes, suggests that the port is \
                safe. Lena Marsh, the sister of Kari Dahl, said the ferry was late. Two magistrates hearing federal \
                harbour suits asking for files on Ana Reis's years as mayor have cited the vote as a reason to hurry.
                """, "2024-03-02");
        assertEquals("Ana Reis", speakerName(r, quote(r, "that the port is safe")), "not the one she criticises");
        assertEquals("Lena Marsh", speakerName(r, quote(r, "the ferry was late")));
        assertEquals("Two magistrates hearing federal harbour suits asking for files on Ana Reis's years as mayor",
                source(r, "the vote as a reason"), "through two participles' phrases");
        assertNull(quote(r, "the vote as a reason").speaker(), "not the name inside the phrases");
    }

    @Test
    void aRelativeClauseSaysWhoTheSourceIsOrWhatTheSourceDid() {
        Record r = analyze("""
                Pier

                Ana Reis, who walked out of the talks in May, said the pier was unsafe. Tom Reyes, who has chaired \
                the board since 2010, said it was safe. The guild, which last spring levied the steepest fines yet, \
                said the fees would stay. The ferry crews, who had been shut out of the vote, said the rota was wrong.
                """, "2024-03-02");
        assertEquals("Ana Reis", source(r, "the pier was unsafe"), "what she did is no part of who she is");
        assertEquals("Tom Reyes, who has chaired the board since 2010,", source(r, "it was safe"), "a post is");
        assertEquals("The guild", source(r, "the fees would stay"));
        assertEquals("The ferry crews, who had been shut out of the vote,", source(r, "the rota was wrong"),
                "what was done to them is");
    }

    @Test
    void anAppositionStaysWithItsNameWhenATimeStandsBeforeTheVerb() {
        Record r = analyze("Pier\n\nTom Reyes, the mayor, on Friday called for a review of the pier.\n", "2024-03-02");
        assertEquals("Tom Reyes, the mayor,", source(r, "a review of the pier"));
    }

    @Test
    void aGerundAfterOfOrByIsDoneByTheSubjectOfTheNearestClause() {
        Record r = analyze("""
                Vote

                Tom Reyes said the guild won the vote by questioning the board's figures. Lena Marsh said the \
                skippers have grown tired of defending the toll. Kari Dahl said the board expects Ana Reis to end \
                the row by praising the deckhands.
                """, "2024-03-02");
        assertEquals("the guild", source(r, "the board's figures"), "not the one who tells of it");
        assertEquals("the skippers", source(r, "the toll"));
        assertEquals("Ana Reis", source(r, "the deckhands"), "the one who is to do it");
    }

    @Test
    void aParticipleAfterCoordinatedClausesIsTheLastClausesSubjects() {
        Record r = analyze("""
                Pier

                The crowd stood still at the pier, and Kari Dahl grew upset, shouting, "No toll!" The skippers left \
                the pier, chanting, "No ferry!"
                """, "2024-03-02");
        assertEquals("Kari Dahl", source(r, "No toll!"), "not the subject of the first clause");
        assertEquals("The skippers", source(r, "No ferry!"));
    }

    @Test
    void aPartyAndStateLabelStaysWithTheNameBeforeARelativeClause() {
        Record r = analyze("""
                Toll

                Sen. Tom Reyes, D-Va., who has backed the toll, said it was fair. Rep. Ana Reis, R-N.J., who chairs \
                the panel, said the ferry was late.
                """, "2024-03-02");
        assertEquals("Sen. Tom Reyes, D-Va.,", source(r, "it was fair"), "not the label alone");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "it was fair")));
        assertEquals("Rep. Ana Reis, R-N.J., who chairs the panel,", source(r, "the ferry was late"),
                "the clause is about her, not the label");
    }

    @Test
    void aNounAfterAnOpeningPrepositionIsNoSubjectOfTheParticipleAfterIt() {
        Record r = analyze("""
                Toll

                In a letter posted Friday, Ana Reis said she has had doubts about the toll. Those at the back of \
                the queue of skippers paid 2 percent, the guild said.
                """, "2024-03-02");
        assertEquals("Ana Reis", source(r, "she has had doubts"));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("Friday")), "the letter posted nothing");
        assertEquals("the guild", source(r, "Those at the back"), "a noun inside the subject still has its verb");
    }

    @Test
    void theObjectOfAGerundAfterAPrepositionIsNoSubject() {
        Record r = analyze("""
                Ferry

                The talks about bolstering the ferry service are supported by a coalition of skippers. The weight \
                placed on motivating skippers in Velmont shows the guild is worried about the vote.
                """, "2024-03-02");
        Quote passive = quote(r, "The talks about");
        assertNotNull(passive, "the whole subject is what is supported");
        assertEquals("a coalition of skippers", passive.speakerMention().text());
        assertTrue(r.quotes().stream().noneMatch(q -> q.speakerMention() != null
                && q.speakerMention().text().contains("motivating")), "the skippers motivated show nothing");
    }

    @Test
    void aSubjectIsFoundPastAdverbsSetOffByCommasAndPastAParticipleOfSaying() {
        Record r = analyze("""
                Toll

                Ana Reis insists, in a long talk with the Gazette, that she badly, badly wants to cut the toll. \
                Tom Reyes left the pier, saying officials denied it.
                """, "2024-03-02");
        assertEquals("she", source(r, "to cut the toll"), "not the paper in the aside");
        assertEquals("Ana Reis", speakerName(r, quote(r, "to cut the toll")));
        assertEquals("officials", source(r, "it"), "saying opens a clause; it describes no noun");
    }

    @Test
    void aReportingClauseAfterAQuotationEndsTheContentBeforeIt() {
        Record r = analyze("""
                Toll

                She said she felt the toll was worth a look because \u201cmost skippers don't know about that rule,\u201d \
                she said. Several skippers echo her concerns, because the main rule is a \u201clawful source of income,\u201d \
                as a guild memo put it. The pier is \u201ca relic,\u201d as Tom Reyes put it.
                """, "2024-03-02");
        assertTrue(quote(r, "she felt").text().endsWith("that rule,\u201d"), quote(r, "she felt").text());
        assertTrue(quote(r, "her concerns").text().endsWith("income,\u201d"), "not the memo's reporting clause");
        assertEquals("Tom Reyes", speakerName(r, quote(r, "a relic")));
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().startsWith("The pier is")
                || q.text().startsWith("Several skippers")), "the writer's words before the quotation are no one's");
    }

    @Test
    void aReportInAnOpeningSubordinateClauseEndsWhereTheMainClauseBegins() {
        Record r = analyze("""
                Toll

                While Ana Reis acknowledged the toll was a major reason the skippers left, the guild kept it for \
                a year. Although a judge found that the toll was unfair, his ruling was overturned by the board.
                """, "2024-03-02");
        assertEquals("the toll was a major reason the skippers left", quote(r, "the toll was a major").text());
        assertEquals("that the toll was unfair", quote(r, "that the toll was unfair").text(),
                "not the main clause after it");
    }

    @Test
    void anObjectKeepsTheExamplesItsListIncludes() {
        Record r = analyze("""
                Polls

                Tom Reyes cited the fares of three ferries, including the one that sails from Velmont. Ana Reis \
                praised the skippers, including Kari Dahl, and said the toll would go.
                """, "2024-03-02");
        assertEquals("the fares of three ferries, including the one that sails from Velmont",
                quote(r, "the fares").text());
        assertEquals("the skippers, including Kari Dahl", quote(r, "the skippers").text(), "up to the next report");
    }

    @Test
    void anObjectEndsBeforeAConcessionOfTheWriters() {
        Record r = analyze("""
                Toll

                Ana Reis accused Tom Reyes of lying, though records show he told the truth.
                """, "2024-03-02");
        assertEquals("Tom Reyes of lying", quote(r, "Tom Reyes of").text());
        assertEquals("records", source(r, "he told the truth"), "the concession is a report of its own");
    }

    @Test
    void anObjectRunsOnThroughALastItemJoinedByAndButNotIntoAClause() {
        Record r = analyze("""
                Toll

                Ana Reis stressed fairness for skippers, and a need to cut the toll. Tom Reyes praised the pier, \
                and the skippers agreed.
                """, "2024-03-02");
        assertEquals("fairness for skippers, and a need to cut the toll", quote(r, "fairness").text());
        assertEquals("the pier", quote(r, "the pier").text());
    }

    /** Everyone a quote is by, sorted by name. */
    private static List<String> speakerNames(Record r, Quote q) {
        return q.speakers().stream().map(id -> r.entity(id).name()).sorted().toList();
    }
}
